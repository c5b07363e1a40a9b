package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.extraction.ExtractionEvaluation;
import org.sitrep.eval.extraction.ExtractionSuite;
import org.sitrep.eval.extraction.Page;
import org.sitrep.eval.extraction.PageExtractor;

/**
 * The evaluation gate on the public gold sets: every score must reach its floor in {@code baseline.properties}.
 * Runs when the data is beside the checkout ({@code ../shared/data}, or {@code SITREP_DATA}), as in CI; skipped
 * otherwise, since the project's own tests never need third-party data.
 */
class EvaluationGateIT {
    private static Path data() {
        String env = System.getenv("SITREP_DATA");
        Path p = env != null ? Path.of(env) : Path.of("..", "..", "shared", "data");
        assumeTrue(Files.isDirectory(p), "no gold data at " + p.toAbsolutePath() + " (set SITREP_DATA)");
        return p;
    }

    private static void gate(String area, String suite, Map<String, Object> metrics) {
        System.out.println("gate " + area + " " + suite + ": " + metrics);
        List<String> failures = Baseline.load().failures(area, suite, metrics);
        assertThat(failures).as(area + " " + suite + " below its floors").isEmpty();
    }

    @Test
    void extractionOnTheScrapinghubBenchmark() {
        Path dir = data().resolve("extraction/scrapinghub-aeb");
        assumeTrue(Files.isDirectory(dir));
        List<Page> pages = ExtractionSuite.AEB.read(dir);
        gate("extraction", "aeb", ExtractionEvaluation.evaluate(ExtractionSuite.AEB, pages, PageExtractor.sitrep()));
    }

    @Test
    void extractionOnTrafilaturasCorpus() {
        Path dir = data().resolve("extraction/trafilatura-eval");
        assumeTrue(Files.isDirectory(dir));
        List<Page> pages = ExtractionSuite.TRAFILATURA.read(dir);
        gate("extraction", "trafilatura", ExtractionEvaluation.evaluate(ExtractionSuite.TRAFILATURA, pages,
                PageExtractor.sitrep()));
    }
}
