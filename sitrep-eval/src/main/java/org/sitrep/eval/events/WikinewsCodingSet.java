package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.EvaluationException;
import org.sitrep.eval.GoldLines;
import org.sitrep.ingest.CsvArticles;

/**
 * Our event-coding gold on real news sentences (Wikinews, CC BY 2.5, in {@code ../shared/data/corpora/wikinews}):
 * {@code sets/wikinews-coding.jsonl} gives each sentence by its article's URL and code-point offsets, with the SHA-1
 * of its text, and the gold event in the format of our coding set; the sentences themselves stay in the corpus. The
 * items are scored as {@link CodingSetEvaluation} scores our own sentences.
 */
public final class WikinewsCodingSet {
    private WikinewsCodingSet() {
    }

    /** The gold items with their sentences read from the corpus folder (its {@code data/*.csv} or the folder's). */
    public static List<CodingSetEvaluation.Item> read(Path corpus) {
        Map<String, String> texts = articles(corpus);
        return GoldLines.builtIn("wikinews-coding.jsonl", j -> item(j, texts));
    }

    static CodingSetEvaluation.Item item(JsonNode j, Map<String, String> texts) {
        String id = j.path("id").asText();
        String url = j.path("url").asText();
        String text = texts.get(url);
        if (text == null) {
            throw new EvaluationException(id + ": article " + url + " is not in the corpus");
        }
        String sentence = sentence(text, j.path("start").asInt(), j.path("end").asInt(), j.path("sha1").asText());
        if (sentence == null) {
            // the corpus read with its line ends as the annotator's tools read them
            sentence = sentence(text.replace("\r\n", "\n"), j.path("start").asInt(), j.path("end").asInt(),
                    j.path("sha1").asText());
        }
        if (sentence == null) {
            throw new EvaluationException(id + ": the text at " + url + " [" + j.path("start").asInt() + ", "
                    + j.path("end").asInt() + ") is not the annotated sentence (SHA-1 differs): another version of "
                    + "the corpus?");
        }
        List<String> actor = new ArrayList<>();
        j.path("actor").forEach(x -> actor.add(x.asText()));
        List<String> recipient = new ArrayList<>();
        j.path("recipient").forEach(x -> recipient.add(x.asText()));
        return new CodingSetEvaluation.Item(id, j.path("date").asText(), sentence, GoldLines.text(j, "event_type"),
                GoldLines.text(j, "cameo"), actor, recipient, j.path("reciprocal").asBoolean(false));
    }

    /** The text between two code-point offsets when its SHA-1 is the given one, else null. */
    static String sentence(String text, int start, int end, String sha1) {
        int points = text.codePointCount(0, text.length());
        if (start < 0 || end > points || start >= end) {
            return null;
        }
        String s = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        return sha1(s).equalsIgnoreCase(sha1) ? s : null;
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** URL to article text, from every CSV (url, date, title, text) of the corpus. */
    static Map<String, String> articles(Path corpus) {
        Path dir = Files.isDirectory(corpus.resolve("data")) ? corpus.resolve("data") : corpus;
        Map<String, String> out = new HashMap<>();
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new EvaluationException("cannot read the Wikinews corpus in " + corpus + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new EvaluationException("no .csv in " + dir + ": give --data the wikinews corpus folder "
                    + "(../shared/data/corpora/wikinews)");
        }
        for (Path f : files) {
            List<List<String>> rows;
            try {
                rows = CsvArticles.parse(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new EvaluationException("cannot read " + f + ": " + e.getMessage());
            }
            if (rows.isEmpty()) {
                continue;
            }
            List<String> header = rows.get(0);
            int url = header.indexOf("url");
            int text = header.indexOf("text");
            if (url < 0 || text < 0) {
                throw new EvaluationException(f + " has no url and text columns");
            }
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() > Math.max(url, text)) {
                    out.put(row.get(url), row.get(text));
                }
            }
        }
        return out;
    }
}
