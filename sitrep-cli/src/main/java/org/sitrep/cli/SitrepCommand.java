package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line: a thin layer over the core pipeline. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news into sourced, structured event data (PLOVER/CAMEO).",
        subcommands = {RunCommand.class, CodeCommand.class, ExtractCommand.class, ReportCommand.class, ExplainCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Inputs: files or directories (recursive) of dated text (.txt), HTML (.html, .htm), JSON lines "
                + "(.jsonl), each optionally gzipped (.gz), or - for standard input.",
                "Exit codes: 0 done; 1 nothing could be coded; 2 usage error; 3 internal error."})
public final class SitrepCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where commands write: standard output for results, standard error for problems and summaries. */
    static PrintStream out = utf8(java.io.FileDescriptor.out);
    static PrintStream err = utf8(java.io.FileDescriptor.err);

    private static PrintStream utf8(java.io.FileDescriptor fd) {
        return new PrintStream(new java.io.FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }

    public static void main(String[] args) {
        System.exit(execute(out, err, args));
    }

    /** Runs one command line with the given streams and returns its exit code; never calls System.exit. */
    static synchronized int execute(PrintStream stdout, PrintStream stderr, String... args) {
        PrintStream previousOut = out;
        PrintStream previousErr = err;
        out = stdout;
        err = stderr;
        try {
            CommandLine cli = new CommandLine(new SitrepCommand());
            cli.setOut(new java.io.PrintWriter(stdout, true));
            cli.setErr(new java.io.PrintWriter(stderr, true));
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                if (e instanceof UserException u) {
                    stderr.println("sitrep: " + u.getMessage());
                    return u.exitCode();
                }
                stderr.println("sitrep: internal error: " + e);
                e.printStackTrace(stderr);
                return 3;
            });
            int code = cli.execute(args);
            stdout.flush();
            stderr.flush();
            return code;
        } finally {
            out = previousOut;
            err = previousErr;
        }
    }
}
