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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench}: timings side by side with a reference in the same run; prints figures and ratios. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time Sitrep side by side with reference implementations and print ratios.",
        subcommands = {BenchCommand.Extraction.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(SitrepCommand.out);
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Extraction pages per second and F1: Sitrep, Readability4J and boilerpipe on the same pages.")
    static final class Extraction implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "An extraction gold set folder (scrapinghub-aeb or trafilatura-eval).")
        Path data;

        @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds per extractor (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public Integer call() throws JsonProcessingException {
            ExtractionSuite suite = Files.exists(data.resolve("ground-truth.json")) ? ExtractionSuite.AEB
                    : ExtractionSuite.TRAFILATURA;
            List<Page> pages;
            try {
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
