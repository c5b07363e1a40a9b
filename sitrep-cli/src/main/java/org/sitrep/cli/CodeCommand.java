package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.export.EventJson;
import org.sitrep.ingest.PathSource;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.BatchRun;
import org.sitrep.pipeline.DocumentOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sitrep code}: prints one event per line as JSON, stores nothing. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code events and print one JSON event record per line (stores nothing).")
final class CodeCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        var pipeline = options.pipeline();
        BatchRun run = new BatchRun(pipeline);
        run.run(new PathSource(options.inputs), outcome -> {
            PipelineOptions.reportProblems(outcome);
            if (outcome instanceof DocumentOutcome.Coded c) {
                for (EventMention m : c.mentions()) {
                    SitrepCommand.out.println(EventJson.write(m));
                }
            }
        });
        SitrepCommand.out.flush();
        options.finish(run, start);
        return 0;
    }
}
