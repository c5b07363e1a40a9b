package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.report.SituationReport;
import org.sitrep.store.DuckDbEventStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep report}: the situation report of everything in a store. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the situation report of everything stored in a DuckDB file.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "PATH", defaultValue = "sitrep.duckdb",
            description = "The DuckDB file to read (default: ${DEFAULT-VALUE}).")
    Path db;

    @Override
    public Integer call() {
        if (!Files.exists(db)) {
            throw new UserException("no store at " + db + ". Run 'sitrep run INPUT' first, or give --db PATH.", 2);
        }
        try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
            SitrepCommand.out.print(SituationReport.render(store.mentions(List.of())));
            return 0;
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), 2);
        }
    }
}
