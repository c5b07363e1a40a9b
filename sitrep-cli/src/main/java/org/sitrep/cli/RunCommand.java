package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.PathSource;
import org.sitrep.pipeline.BatchRun;
import org.sitrep.pipeline.DocumentOutcome;
import org.sitrep.report.SituationReport;
import org.sitrep.store.DuckDbEventStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep run}: codes, stores in DuckDB and prints the situation report of the inputs. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Code events, store them in an embedded DuckDB file and print a situation report.")
final class RunCommand implements Callable<Integer> {
    /** Articles stored per transaction. */
    static final int STORE_BATCH = 64;

    @Mixin
    PipelineOptions options;

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "sitrep.duckdb",
            description = "The DuckDB file to store into (default: ${DEFAULT-VALUE}); created when missing.")
    Path db;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        DuckDbEventStore store;
        try {
            store = DuckDbEventStore.open(db);
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), 2);
        }
        try (store) {
            var pipeline = options.pipeline();
            BatchRun run = new BatchRun(pipeline, article -> store.contains(article.id()));
            List<String> articleIds = new ArrayList<>();
            int[] stored = new int[2];
            List<DuckDbEventStore.Coded> batch = new ArrayList<>();
            Runnable flush = () -> {
                if (!batch.isEmpty()) {
                    long s0 = System.nanoTime();
                    int n = store.storeAll(batch);
                    run.timings().add(org.sitrep.pipeline.Stage.STORE, System.nanoTime() - s0);
                    stored[0] += n;
                    stored[1] += batch.size() - n;
                    batch.clear();
                }
            };
            run.run(new PathSource(options.inputs), outcome -> {
                PipelineOptions.reportProblems(outcome);
                if (outcome instanceof DocumentOutcome.Coded c) {
                    articleIds.add(c.article().id());
                    batch.add(new DuckDbEventStore.Coded(c.article(), c.mentions(), c.quotes()));
                    if (batch.size() >= STORE_BATCH) {
                        flush.run(); // one transaction per batch: far faster than one per article
                    }
                } else if (outcome instanceof DocumentOutcome.Known k) {
                    articleIds.add(k.article().id());
                    stored[1]++;
                }
            });
            flush.run();
            if (!articleIds.isEmpty()) {
                SitrepCommand.out.print(SituationReport.render(store.mentions(articleIds)));
                SitrepCommand.out.flush();
            }
            SitrepCommand.err.println("sitrep: stored " + stored[0] + " new articles in " + db + " (" + stored[1]
                    + " already there, stored nothing again); the store holds " + store.count("articles")
                    + " articles, " + store.count("mentions") + " event mentions, " + store.count("events") + " events");
            options.finish(run, start);
            return 0;
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), 3);
        }
    }
}
