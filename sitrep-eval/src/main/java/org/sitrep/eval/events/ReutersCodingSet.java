package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.eval.EvaluationException;
import org.sitrep.eval.GoldLines;
import org.sitrep.ingest.PathSource;
import org.sitrep.model.EventMention;
import org.sitrep.model.RawDocument;
import org.sitrep.pipeline.DocumentOutcome;

/**
 * Our event-coding gold on real newswire sentences of 1987 (Reuters-21578, Distribution 1.0, research use only, in
 * {@code ../shared/data/corpora/reuters21578}): {@code sets/reuters-coding.jsonl} (and the held-out second set,
 * {@code sets/reuters-coding-holdout.jsonl}, in the same format) gives each sentence by its SGML
 * file, the story's {@code NEWID} and code-point offsets into the story's BODY text (the raw content between
 * {@code <BODY>} and {@code </BODY>}, the file read as Latin-1, entities left as they are), with the SHA-1 of that
 * span; the sentences stay in the corpus. An item is coded on its story's date, alone (its span with the SGML
 * entities read and its white space collapsed) or inside its whole story as Sitrep's own Reuters reader gives it
 * (title, dateline and body; {@link #inStory}). Scored as {@link CodingSetEvaluation} scores our own sentences.
 */
public final class ReutersCodingSet {
    private ReutersCodingSet() {
    }

    /** The first gold file (now a development set) and the second, held out (sealed before Sitrep ran on it). */
    public static final String FILE = "reuters-coding.jsonl";
    public static final String HOLDOUT = "reuters-coding-holdout.jsonl";

    /** The gold file of a suite: reuters[-articles] or reuters-holdout[-articles]. */
    public static String fileOf(String suite) {
        return suite.startsWith("reuters-holdout") ? HOLDOUT : FILE;
    }

    private static final Pattern RECORD = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern FILE_NAME = Pattern.compile("reut2-\\d{3}\\.sgm");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The gold items and, by item id, the story each is from as Sitrep's Reuters reader yields it. */
    public record Loaded(List<CodingSetEvaluation.Item> items, Map<String, RawDocument> storyOfItem) {
    }

    /** The folder that holds the {@code reut2-NNN.sgm} files: the one given or its {@code reuters21578} child. */
    static Path folder(Path corpus) {
        for (Path p : List.of(corpus, corpus.resolve("reuters21578"))) {
            if (Files.isRegularFile(p.resolve("reut2-000.sgm"))) {
                return p;
            }
        }
        throw new EvaluationException("no reut2-000.sgm in " + corpus + " or its reuters21578 folder: give --data the "
                + "Reuters-21578 corpus folder (../shared/data/corpora/reuters21578)");
    }

    /** The first set's items, each checked against the corpus by its hash, and their stories. */
    public static Loaded load(Path corpus) {
        return load(corpus, FILE);
    }

    /** The items of one of our Reuters gold files ({@link #FILE}, {@link #HOLDOUT}), checked, and their stories. */
    public static Loaded load(Path corpus, String file) {
        Path folder = folder(corpus);
        List<JsonNode> lines = GoldLines.builtIn(file, j -> j);
        Set<String> files = new LinkedHashSet<>();
        for (JsonNode j : lines) {
            String f = j.path("file").asText();
            if (!FILE_NAME.matcher(f).matches()) {
                throw new EvaluationException(j.path("id").asText() + ": '" + f + "' is no reut2-NNN.sgm file name");
            }
            files.add(f);
        }
        Map<String, String> bodies = new HashMap<>();
        Map<String, RawDocument> documents = new HashMap<>();
        for (String f : files) {
            Path path = folder.resolve(f);
            bodies.putAll(bodies(path));
            documents.putAll(documents(path));
        }
        List<CodingSetEvaluation.Item> items = new ArrayList<>();
        Map<String, RawDocument> storyOfItem = new HashMap<>();
        for (JsonNode j : lines) {
            String key = j.path("file").asText() + "#" + j.path("newid").asInt();
            items.add(item(j, bodies));
            RawDocument story = documents.get(key);
            if (story == null) {
                throw new EvaluationException(j.path("id").asText() + ": Sitrep's Reuters reader gives no story " + key);
            }
            storyOfItem.put(j.path("id").asText(), story);
        }
        return new Loaded(items, storyOfItem);
    }

    /** "file#NEWID" to the raw BODY text of every story of one SGML file that has a body. */
    static Map<String, String> bodies(Path sgm) {
        String text;
        try {
            text = Files.readString(sgm, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new EvaluationException("cannot read " + sgm + ": " + e.getMessage());
        }
        Map<String, String> out = new HashMap<>();
        Matcher m = RECORD.matcher(text);
        while (m.find()) {
            Matcher id = NEWID.matcher(m.group(1));
            String record = m.group(2);
            int s = record.indexOf("<BODY>");
            int e = record.indexOf("</BODY>");
            if (id.find() && s >= 0 && e > s) {
                out.put(sgm.getFileName() + "#" + id.group(1), record.substring(s + "<BODY>".length(), e));
            }
        }
        return out;
    }

    /** "file#NEWID" to the document Sitrep's own reader ({@link PathSource}, as {@code sitrep run} reads it) makes. */
    static Map<String, RawDocument> documents(Path sgm) {
        Map<String, RawDocument> out = new HashMap<>();
        String prefix = sgm.toString() + "#";
        new PathSource(List.of(sgm.toString())).documents().forEach(d -> {
            if (d instanceof RawDocument r && r.origin().startsWith(prefix)) {
                out.put(sgm.getFileName() + "#" + r.origin().substring(prefix.length()), r);
            }
        });
        return out;
    }

    static CodingSetEvaluation.Item item(JsonNode j, Map<String, String> bodies) {
        String id = j.path("id").asText();
        String key = j.path("file").asText() + "#" + j.path("newid").asInt();
        String body = bodies.get(key);
        if (body == null) {
            throw new EvaluationException(id + ": story " + key + " (with a body) is not in the corpus");
        }
        String span = WikinewsCodingSet.sentence(body, j.path("start").asInt(), j.path("end").asInt(),
                j.path("sha1").asText());
        if (span == null) {
            throw new EvaluationException(id + ": the body of " + key + " [" + j.path("start").asInt() + ", "
                    + j.path("end").asInt() + ") is not the annotated sentence (SHA-1 differs): another version of "
                    + "the corpus?");
        }
        return WikinewsCodingSet.item(id, j, readable(span));
    }

    /** A span of wire copy as a reader sees it: SGML entities read ("&amp;lt;" is "<"), white space collapsed. */
    static String readable(String span) {
        return span.replaceAll("&#\\d+;", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }

    /** The text Sitrep's reader gives a story (dateline and body; the title is a field of its own). */
    static String storyText(RawDocument story) {
        try {
            JsonNode j = JSON.readTree(story.content());
            return j.path("text").asText();
        } catch (IOException e) {
            throw new EvaluationException(story.origin() + ": not the JSON record Sitrep's Reuters reader makes");
        }
    }

    /**
     * The events told in an item's sentence when its whole story (title, dateline, body, as Sitrep's Reuters reader
     * gives it, dated by the story) is coded: those whose trigger, or a restatement's, lies in the sentence.
     */
    public static Function<CodingSetEvaluation.Item, List<EventMention>> inStory(Coder coder,
            Map<String, RawDocument> storyOfItem) {
        Map<String, DocumentOutcome> coded = new HashMap<>();
        return item -> {
            RawDocument story = storyOfItem.get(item.id());
            DocumentOutcome out = coded.computeIfAbsent(story.origin(), k -> coder.process(story));
            if (!(out instanceof DocumentOutcome.Coded c)) {
                return List.of();
            }
            int[] span = WikinewsCodingSet.locate(c.article().text(), item.text());
            if (span == null) {
                System.err.println(item.id() + " not found in the coded story " + story.origin());
                return List.of();
            }
            List<EventMention> told = new ArrayList<>();
            for (EventMention e : c.mentions()) {
                if (WikinewsCodingSet.within(e.evidence(), span)
                        || e.restatements().stream().anyMatch(r -> WikinewsCodingSet.within(r, span))) {
                    told.add(e);
                }
            }
            return told;
        };
    }
}
