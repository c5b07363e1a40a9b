package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.pipeline.BatchRun;
import org.sitrep.pipeline.Dictionaries;
import org.sitrep.pipeline.DocumentOutcome;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Sitrep;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.Timings;
import org.sitrep.resolve.DictionaryException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that run the whole pipeline. */
final class PipelineOptions {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, directories (recursive) or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary (Sitrep format); repeatable.")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--patterns", paramLabel = "FILE",
            description = "Extra event pattern file named <type>.patterns; repeatable.")
    List<Path> patterns = new ArrayList<>();

    @Option(names = "--petrarch-actors", paramLabel = "FILE",
            description = "PETRARCH/Phoenix actor dictionary (*.actors.txt), date restrictions honoured; repeatable.")
    List<Path> petrarchActors = new ArrayList<>();

    @Option(names = "--petrarch-agents", paramLabel = "FILE",
            description = "PETRARCH/Phoenix agent dictionary (*.agents.txt); repeatable.")
    List<Path> petrarchAgents = new ArrayList<>();

    @Option(names = "--petrarch-verbs", paramLabel = "FILE",
            description = "PETRARCH verb dictionary (CAMEO.2.0.txt format); repeatable.")
    List<Path> petrarchVerbs = new ArrayList<>();

    @Option(names = "--petrarch-discards", paramLabel = "FILE", description = "PETRARCH discard list; repeatable.")
    List<Path> petrarchDiscards = new ArrayList<>();

    @Option(names = "--no-builtin-dictionaries",
            description = "Code with the given dictionaries only, instead of alongside Sitrep's own.")
    boolean noBuiltIn;

    @Option(names = "--timings", description = "Print time per stage, articles per second and peak heap to stderr.")
    boolean timings;

    long loadNanos;

    /** The dictionary files the options name, checked to exist. */
    Dictionaries dictionaries() {
        requireFiles(actors, "--actors");
        requireFiles(patterns, "--patterns");
        requireFiles(petrarchActors, "--petrarch-actors");
        requireFiles(petrarchAgents, "--petrarch-agents");
        requireFiles(petrarchVerbs, "--petrarch-verbs");
        requireFiles(petrarchDiscards, "--petrarch-discards");
        return new Dictionaries(!noBuiltIn, actors, patterns, petrarchActors, petrarchAgents, petrarchVerbs,
                petrarchDiscards);
    }

    Pipeline pipeline() {
        Dictionaries dictionaries = dictionaries();
        long t0 = System.nanoTime();
        try {
            Pipeline p = LOADED.computeIfAbsent(dictionaries, Sitrep::standard);
            loadNanos = System.nanoTime() - t0;
            return p;
        } catch (DictionaryException e) {
            throw new UserException(e.getMessage(), 2);
        }
    }

    /** Pipelines already loaded in this process, by their dictionary files (models load once per JVM). */
    private static final java.util.Map<Dictionaries, Pipeline> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private static void requireFiles(List<Path> files, String option) {
        for (Path p : files) {
            if (!Files.isRegularFile(p)) {
                throw new UserException(option + " " + p + ": no such file. Give the path of a dictionary file.", 2);
            }
        }
    }

    /** Reports problems of one document on stderr: skips and failures with their reason, warnings. */
    static void reportProblems(DocumentOutcome outcome) {
        if (outcome instanceof DocumentOutcome.Skipped s) {
            SitrepCommand.err.println("skipped " + s.origin() + ": " + s.reason());
        } else if (outcome instanceof DocumentOutcome.Failed f) {
            SitrepCommand.err.println("failed  " + f.origin() + ": " + f.reason());
        } else if (outcome instanceof DocumentOutcome.Coded c) {
            for (String w : c.warnings()) {
                SitrepCommand.err.println("warning " + c.origin() + ": " + w);
            }
        }
    }

    /** Prints the summary line and, when asked, the timings; fails when nothing could be coded. */
    void finish(BatchRun run, long startNanos) {
        SitrepCommand.err.println("sitrep: " + run.summary());
        if (timings) {
            printTimings(run, startNanos);
        }
        if (run.coded() + run.alreadyStored() == 0) {
            throw new UserException(run.documents() == 0
                    ? "no documents found in " + String.join(", ", inputs) + ". Give files or directories of news."
                    : "nothing could be coded: every document was skipped or failed (reasons above).", 1);
        }
    }

    private void printTimings(BatchRun run, long startNanos) {
        Timings t = run.timings();
        StringBuilder b = new StringBuilder("timings (ms):");
        for (Stage s : Stage.values()) {
            b.append(' ').append(s.label()).append(' ').append(t.nanos(s) / 1_000_000);
        }
        double seconds = (System.nanoTime() - startNanos - loadNanos) / 1e9;
        b.append(String.format("; model load %.1f s", loadNanos / 1e9));
        b.append(String.format("; processing %.1f s for %d coded documents: %.2f articles/s", seconds, run.coded(),
                run.coded() / Math.max(seconds, 1e-9)));
        if (run.firstEventEpochMillis() >= 0) {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            b.append(String.format("; cold start (JVM start to first event) %.1f s",
                    (run.firstEventEpochMillis() - jvmStart) / 1000.0));
        }
        b.append(String.format("; peak heap %d MB", Timings.peakHeapBytes() / (1024 * 1024)));
        SitrepCommand.err.println(b);
    }

}
