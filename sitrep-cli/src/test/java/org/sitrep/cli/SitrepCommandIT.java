package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: real pipeline, real DuckDB file, real files on disk. */
class SitrepCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    private static Result sitrep(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SitrepCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommandWithOneLineEach() {
        Result r = sitrep("--help");
        assertThat(r.exitCode()).isZero();
        for (String command : List.of("run", "code", "extract", "report", "explain")) {
            assertThat(r.out()).containsPattern("(?m)^  " + command + "\\s+\\S");
        }
    }

    @Test
    void codePrintsOneEventRecordPerLineAndReportsEveryBadDocument() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "date 2025-11-19\nRussia fired 518 drones and missiles at Ukraine "
                + "last night, killing at least nine people, Ukrainian officials said.");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"url\":\"https://example.org/1\",\"date\":\"2025-11-20\","
                + "\"title\":\"T\",\"text\":\"Israel accused Hamas of violating the ceasefire.\"}\n{\"text\": broken\n");
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.write(dir.resolve("latin1.txt"), "date 2025-11-19\nPolice in K\u00f6ln arrested 20 protesters."
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("broken.html"), "<html><body><p>Hamas rejected the proposal on Tuesday.<div></span>");

        Result r = sitrep("code", dir.toString());

        assertThat(r.exitCode()).isZero();
        List<JsonNode> events = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        assertThat(events).extracting(e -> e.path("event_type").asText()).contains("ASSAULT", "ACCUSE", "REJECT", "COERCE");
        JsonNode attack = events.stream().filter(e -> e.path("event_type").asText().equals("ASSAULT")).findFirst().orElseThrow();
        assertThat(attack.at("/actor/0/code").asText()).isEqualTo("RUS");
        assertThat(attack.at("/casualties/killed/min").asInt()).isEqualTo(9);
        assertThat(attack.at("/evidence/sentence").asText()).startsWith("Russia fired 518");
        assertThat(attack.at("/article/published").asText()).isEqualTo("2025-11-19");
        assertThat(attack.at("/event_id").asText()).startsWith("e");

        assertThat(r.err()).contains("skipped " + dir.resolve("empty.txt") + ": empty file")
                .contains("skipped " + dir.resolve("photo.png") + ": binary content")
                .contains("failed  " + dir.resolve("feed.jsonl") + "#2: malformed JSON line")
                .contains("warning " + dir.resolve("latin1.txt") + ": not valid UTF-8")
                .contains("sitrep: 7 documents, 4 coded, 2 skipped (binary content: 1; empty file: 1), 1 failed;");
    }

    @Test
    void whenNothingCanBeCodedTheExitCodeSaysSo() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Result r = sitrep("code", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("nothing could be coded");
        Result missing = sitrep("code", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file or directory");
    }

    @Test
    void benchCodesTheSameArticlesAsTheStockPipelineAndEndsWithItsFigures() throws IOException {
        Result r = sitrep("bench", "--data", Path.of("..", "samples").toString(), "--limit", "3",
                "--reference-limit", "1", "--threads", "2");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("per stage, one thread", "reference (stock CoreNLP");
        String[] lines = r.out().strip().split("\n");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.get("articles").asInt()).isEqualTo(3);
        for (String key : List.of("articles_per_s_per_core", "reference_articles_per_s_per_core", "ratio",
                "peak_heap_mb", "cold_start_s", "thread_speedup")) {
            assertThat(json.get(key).asDouble()).as(key).isPositive();
        }
        assertThat(sitrep("bench", "--data", dir.resolve("nope").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(sitrep("code").exitCode()).isEqualTo(2);
        assertThat(sitrep("run", "--no-such-option", "x").exitCode()).isEqualTo(2);
        assertThat(sitrep("report", "--db", dir.resolve("none.duckdb").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void runStoresOnceReportsAndARerunStoresNothingTwice() throws IOException {
        Path db = dir.resolve("store/sitrep.duckdb");
        Path samples = Path.of("..", "samples");

        Result first = sitrep("run", "--db", db.toString(), "--timings", samples.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("SITUATION REPORT", "EVENTS BY TYPE", "MAIN ACTOR PAIRS", "TIMELINE", "EVENTS",
                "NOT COUNTED");
        assertThat(first.out()).contains("ASSAULT").contains("RUS -> UKR");
        assertThat(first.err()).contains("timings (ms): ingest").contains("peak heap");
        long[] counts = counts(first.err());
        assertThat(counts[0]).as("new articles").isGreaterThanOrEqualTo(19);

        Result second = sitrep("run", "--db", db.toString(), samples.toString());
        assertThat(second.exitCode()).isZero();
        long[] again = counts(second.err());
        assertThat(again[0]).as("new articles on the second run").isZero();
        assertThat(again[1]).as("already stored").isEqualTo(counts[0]);
        assertThat(again[2]).isEqualTo(counts[2]);
        assertThat(again[3]).isEqualTo(counts[3]);
        assertThat(again[4]).isEqualTo(counts[4]);
        assertThat(second.out()).isEqualTo(first.out());

        Result report = sitrep("report", "--db", db.toString());
        assertThat(report.exitCode()).isZero();
        assertThat(report.out()).isEqualTo(first.out());
    }

    /** new, already there, articles, mentions, events from the "stored ..." line. */
    private static long[] counts(String err) {
        Matcher m = Pattern.compile("stored (\\d+) new articles in .* \\((\\d+) already there.*holds (\\d+) articles, "
                + "(\\d+) event mentions, (\\d+) events").matcher(err);
        assertThat(m.find()).as(err).isTrue();
        long[] out = new long[5];
        for (int i = 0; i < 5; i++) {
            out[i] = Long.parseLong(m.group(i + 1));
        }
        return out;
    }

    @Test
    void extractPrintsArticlesWithoutNlp() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "date 2025-11-19\nTitle of it\n\nopen image in gallery\n"
                + "A caption ( AP )\n\nKYIV (Reuters) - Body text here.");
        Result r = sitrep("extract", dir.resolve("a.txt").toString());
        JsonNode a = JSON.readTree(r.out().strip());
        assertThat(a.path("title").asText()).isEqualTo("Title of it");
        assertThat(a.path("text").asText()).isEqualTo("KYIV (Reuters) - Body text here.");
        assertThat(a.at("/captions/0/credit").asText()).isEqualTo("AP");
        assertThat(a.path("published").asText()).isEqualTo("2025-11-19");
    }

    @Test
    void detailsAreRefusedOnEveryHeldOutSuiteBeforeAnythingIsLoaded() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("no-corpus"));
        for (String[] areaSuite : new String[][] {{"coding", "reuters-holdout"}, {"coding", "reuters-holdout-articles"},
                {"coding", "wikinews-holdout"}, {"coding", "wikinews-holdout-articles"}, {"coding", "petr2-gsr"},
                {"coding", "india-police"}, {"attributes", "gun-violence-holdout"}}) {
            Result r = sitrep("eval", areaSuite[0], "--suite", areaSuite[1], "--details", "--data", empty.toString());
            assertThat(r.exitCode()).as(areaSuite[1]).isEqualTo(2);
            assertThat(r.err()).as(areaSuite[1]).contains("--details is refused for '" + areaSuite[1] + "'")
                    .contains("held-out");
            assertThat(r.out()).as(areaSuite[1]).isEmpty();
        }
        // a development suite takes --details: it fails here only for want of the corpus
        Result dev = sitrep("eval", "coding", "--suite", "reuters", "--details", "--data", empty.toString());
        assertThat(dev.exitCode()).isEqualTo(2);
        assertThat(dev.err()).contains("reut2-000.sgm").doesNotContain("refused");
    }
}
