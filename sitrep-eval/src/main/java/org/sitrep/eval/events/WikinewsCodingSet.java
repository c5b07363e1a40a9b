package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** Our first Wikinews gold file, the second (held out) and the third (a development set, 150 sentences). */
    public static final String FIRST = "wikinews-coding.jsonl";
    public static final String HOLDOUT = "wikinews-coding-holdout.jsonl";
    public static final String THIRD = "wikinews-coding-3.jsonl";

    /** The gold file of a suite: wikinews[-articles], wikinews-holdout[-articles], wikinews-3[-articles]. */
    public static String fileOf(String suite) {
        return suite.startsWith("wikinews-holdout") ? HOLDOUT : suite.startsWith("wikinews-3") ? THIRD : FIRST;
    }

    /** A gold file's items with the text of the article each sentence is from (by item id). */
    public record Loaded(List<CodingSetEvaluation.Item> items, Map<String, String> articleOfItem) {
    }

    /** The items of the first set, their sentences read from the corpus folder (its {@code data/*.csv} or its own). */
    public static List<CodingSetEvaluation.Item> read(Path corpus) {
        return load(corpus, FIRST).items();
    }

    /** The items of one of our Wikinews gold files ({@code sets/<file>}), the corpus read once. */
    public static Loaded load(Path corpus, String file) {
        Map<String, String> texts = articles(corpus);
        Map<String, String> articleOfItem = new HashMap<>();
        List<CodingSetEvaluation.Item> items = GoldLines.builtIn(file, j -> {
            articleOfItem.put(j.path("id").asText(), texts.get(j.path("url").asText()));
            return item(j, texts);
        });
        return new Loaded(items, articleOfItem);
    }

    /**
     * The events told in an item's sentence when its whole article is coded (as Sitrep codes news): the article is
     * coded once, dated by the item, and an event counts when its trigger, or that of one of its restatements, lies
     * in the sentence. What the article says elsewhere (the country of "the police", who "he" is) is then known, as
     * it was to the annotator.
     */
    public static java.util.function.Function<CodingSetEvaluation.Item, List<org.sitrep.model.EventMention>> inArticle(
            Coder coder, Map<String, String> articleOfItem) {
        Map<String, org.sitrep.pipeline.DocumentOutcome> coded = new HashMap<>();
        return item -> {
            String article = articleOfItem.get(item.id());
            org.sitrep.pipeline.DocumentOutcome out = coded.computeIfAbsent(article + "\u0000" + item.date(),
                    k -> coder.process(item.id(), item.date(), article));
            if (!(out instanceof org.sitrep.pipeline.DocumentOutcome.Coded c)) {
                return List.of();
            }
            int[] span = locate(c.article().text(), item.text());
            if (span == null) {
                return List.of();
            }
            List<org.sitrep.model.EventMention> told = new ArrayList<>();
            for (org.sitrep.model.EventMention e : c.mentions()) {
                boolean here = within(e.evidence(), span) || e.restatements().stream().anyMatch(r -> within(r, span));
                if (here) {
                    told.add(e);
                }
            }
            return told;
        };
    }

    static boolean within(org.sitrep.model.Evidence e, int[] span) {
        return e.triggerStart() >= span[0] && e.triggerStart() < span[1];
    }

    /** Where a sentence stands in a text whose white space may differ: {start, end}, or null. */
    static int[] locate(String text, String sentence) {
        String[] words = sentence.strip().split("\\s+");
        StringBuilder re = new StringBuilder();
        for (String w : words) {
            if (re.length() > 0) {
                re.append("\\s+");
            }
            re.append(java.util.regex.Pattern.quote(w));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(re.toString()).matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
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
        return item(id, j, sentence);
    }

    /** A gold line's item: its codes, dated by its "date", for the sentence the line points to. */
    static CodingSetEvaluation.Item item(String id, JsonNode j, String sentence) {
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
        return GoldLines.sha1(s).equalsIgnoreCase(sha1) ? s : null;
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
