package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.actors.ActorSetEvaluation;
import org.sitrep.eval.attributes.AttributeSetEvaluation;
import org.sitrep.eval.attributes.IsafEvaluation;
import org.sitrep.eval.attributes.QuotationSetEvaluation;
import org.sitrep.eval.events.Case2021Evaluation;
import org.sitrep.eval.events.Case2021Record;
import org.sitrep.eval.events.Coder;
import org.sitrep.eval.events.CodingSetEvaluation;
import org.sitrep.eval.events.GsrEvaluation;
import org.sitrep.eval.events.GsrRecord;
import org.sitrep.eval.events.Petr2ValidationEvaluation;
import org.sitrep.eval.events.Petr2ValidationRecord;
import org.sitrep.eval.events.PetrarchUnitEvaluation;
import org.sitrep.eval.events.PetrarchUnitRecord;
import org.sitrep.eval.extraction.ExtractionEvaluation;
import org.sitrep.eval.extraction.ExtractionSuite;
import org.sitrep.eval.extraction.Page;
import org.sitrep.eval.extraction.PageExtractor;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Sitrep;

/**
 * The evaluation gate on the public gold sets: every score must reach its floor in {@code baseline.properties}.
 * Suites on third-party gold sets run when the data is beside the checkout ({@code ../shared/data}, or
 * {@code SITREP_DATA}), as in CI, and are skipped otherwise; Sitrep's own sets (actors, attributes) always run.
 */
class EvaluationGateIT {
    private static Pipeline pipeline;

    /** One pipeline for every suite: CoreNLP's models load once. */
    private static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Sitrep.standard();
        }
        return pipeline;
    }

    private static Path events(String set) {
        Path p = data().resolve("events").resolve(set);
        assumeTrue(Files.exists(p), "no " + p);
        return p;
    }

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

    @Test
    void codingOnPloverGoldRecords() {
        List<GsrRecord> records = GsrRecord.read(events("plover-gsr/dev.jsonl"));
        gate("coding", "plover-gsr", GsrEvaluation.coding(records, new Coder(pipeline())));
        gate("actors", "plover-gsr", GsrEvaluation.actors(records, new Coder(pipeline())));
    }

    @Test
    void codingPetrarchUnitTestsWithPetrarchDictionaries() {
        Path dir = events("petrarch2-unit-tests");
        var dictionaries = PetrarchUnitEvaluation.dictionaries(dir);
        gate("coding", "petrarch-unit", PetrarchUnitEvaluation.score(PetrarchUnitRecord.read(dir),
                new Coder(Sitrep.standard(dictionaries)), dictionaries, line -> { }));
    }

    /** Held out: no rule was written while reading these sentences; the floors only guard against regressions. */
    @Test
    void codingPetrarch2ValidationSentencesHeldOut() {
        Path dir = events("petr2-gsr-validation");
        var phoenix = Petr2ValidationEvaluation.phoenix(data().resolve("petrarch-dictionaries"));
        gate("coding", "petr2-gsr", Petr2ValidationEvaluation.score(Petr2ValidationRecord.read(dir),
                new Coder(Sitrep.standard(phoenix)), PetrarchUnitEvaluation.sectorCodes(phoenix), new Coder(pipeline()),
                line -> { }));
    }

    @Test
    void codingCase2021Snippets() {
        List<Case2021Record> records = Case2021Record.read(events("case2021-task2/dev.tsv"));
        gate("coding", "case2021", Case2021Evaluation.score(records, new Coder(pipeline())));
    }

    @Test
    void attributesOnIsafPressReleases() {
        gate("attributes", "isaf", IsafEvaluation.score(IsafEvaluation.read(events("isaf-press-releases/dev.jsonl")),
                new Coder(pipeline()), line -> { }));
    }

    @Test
    void codingOnOurOwnSet() {
        gate("coding", "sitrep", CodingSetEvaluation.score(CodingSetEvaluation.builtIn(), new Coder(pipeline()),
                line -> { }));
    }

    @Test
    void codingOnOurGoldForRealWikinewsSentences() {
        gate("coding", "wikinews", CodingSetEvaluation.score("wikinews-coding",
                org.sitrep.eval.events.WikinewsCodingSet.read(data().resolve("corpora/wikinews")),
                new Coder(pipeline()), line -> { }));
    }

    @Test
    void codingOnTheThirdWikinewsSet() {
        org.sitrep.eval.events.WikinewsCodingSet.Loaded set = org.sitrep.eval.events.WikinewsCodingSet.load(
                data().resolve("corpora/wikinews"), org.sitrep.eval.events.WikinewsCodingSet.THIRD);
        gate("coding", "wikinews-3", CodingSetEvaluation.score("wikinews-3-coding", set.items(), new Coder(pipeline()),
                line -> { }));
    }

    @Test
    void codingOnOurGoldForReutersNewswire() {
        org.sitrep.eval.events.ReutersCodingSet.Loaded set = org.sitrep.eval.events.ReutersCodingSet.load(
                data().resolve("corpora/reuters21578"));
        gate("coding", "reuters", CodingSetEvaluation.score("reuters", set.items(), new Coder(pipeline()),
                line -> { }));
    }

    @Test
    void codingOnTheHeldOutReutersNewswire() {
        org.sitrep.eval.events.ReutersCodingSet.Loaded set = org.sitrep.eval.events.ReutersCodingSet.load(
                data().resolve("corpora/reuters21578"), org.sitrep.eval.events.ReutersCodingSet.HOLDOUT);
        gate("coding", "reuters-holdout", CodingSetEvaluation.score("reuters-holdout", set.items(),
                new Coder(pipeline()), line -> { }));
    }

    @Test
    void attributesOnTheHeldOutLocalNewsPages() {
        gate("attributes", "gun-violence-holdout", org.sitrep.eval.attributes.GunViolenceEvaluation.score(
                "gun-violence-holdout", org.sitrep.eval.attributes.GunViolenceEvaluation.read(
                        data().resolve("corpora/gun-violence-news"),
                        org.sitrep.eval.attributes.GunViolenceEvaluation.HOLDOUT),
                new Coder(pipeline()), line -> { }));
    }

    @Test
    void attributesOnOurGoldForRealLocalNewsPages() {
        gate("attributes", "gun-violence", org.sitrep.eval.attributes.GunViolenceEvaluation.score(
                org.sitrep.eval.attributes.GunViolenceEvaluation.read(data().resolve("corpora/gun-violence-news")),
                new Coder(pipeline()), line -> { }));
    }

    @Test
    void attributesOnOurOwnSet() {
        gate("attributes", "sitrep", AttributeSetEvaluation.score(AttributeSetEvaluation.builtIn(),
                new Coder(pipeline()), line -> { }));
    }

    @Test
    void quotationsOnOurOwnSet() {
        gate("attributes", "quotes", QuotationSetEvaluation.score(QuotationSetEvaluation.builtIn(),
                new Coder(pipeline()), line -> { }));
    }

    @Test
    void actorsOnOurOwnSet() {
        gate("actors", "sitrep", ActorSetEvaluation.score(ActorSetEvaluation.builtIn(), pipeline(), line -> { }));
    }
}
