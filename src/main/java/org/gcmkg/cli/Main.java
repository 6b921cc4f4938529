package org.gcmkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.gcmkg.io.RdfInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code gcm-kg} command line: parses arguments and maps outcomes to exit codes. */
@Command(name = "gcm-kg", mixinStandardHelpOptions = true, version = "gcm-kg 0.1.0",
        description = "Linked data for the follow-up of the Global Compact for Safe, Orderly and Regular Migration.",
        subcommands = {ServeCommand.class, ValidateCommand.class, QueryCommand.class, IngestCommand.class,
                SubmissionsCommand.class, TemplateCommand.class, ExportCommand.class})
public final class Main implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line with the process's standard output and error, and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to the given streams, and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_IO);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter errors = cmd.getErr();
            if (e instanceof RdfInputException) {
                errors.println("error: " + ((RdfInputException) e).describe());
            } else {
                errors.println("error: " + e.getMessage());
            }
            errors.flush();
            return ExitCodes.USAGE_OR_IO;
        });
        return cli.execute(args);
    }

    /** Without a subcommand, shows the usage and reports bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE_OR_IO;
    }
}
