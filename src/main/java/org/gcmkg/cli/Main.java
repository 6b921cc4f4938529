package org.gcmkg.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.gcmkg.io.RdfInputException;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;
import org.gcmkg.validation.InputErrorText;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/** The {@code gcm-kg} command line: parses arguments and maps outcomes to exit codes. */
@Command(name = "gcm-kg", mixinStandardHelpOptions = true, version = "gcm-kg 0.1.0",
        description = "Linked data for the follow-up of the Global Compact for Safe, Orderly and Regular Migration.")
public final class Main implements Callable<Integer> {
    /** The subcommands, by name, in the order the usage lists them. */
    private static final Map<String, Class<?>> COMMANDS = commands();
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
        return run(System.in, out, err, System.getenv(), args);
    }

    /**
     * Runs the command line reading {@code -} from {@code in} and writing to the given streams, with {@code env} as
     * the environment that gives the default language of messages ({@link CliLanguage}), and returns its exit code.
     */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
        Language fallback = CliLanguage.fromEnvironment(env);
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ValidateCommand.class) {
                    return type.cast(new ValidateCommand(in));
                }
                if (type == IngestCommand.class) {
                    return type.cast(new IngestCommand(in));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine cli = new CommandLine(new Main(), factory);
        // Building a command's model reads its annotations by reflection: when the first argument names a command,
        // only that one is built (it is all picocli would use), which takes a noticeable share off serve's start.
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet()) {
            if (named == null || named == c.getValue()) {
                cli.addSubcommand(c.getKey(), new CommandLine(c.getValue(), factory));
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setDefaultValueProvider(arg -> isLangOption(arg) ? fallback.code() : null);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_IO);
        cli.setParameterExceptionHandler((e, arguments) -> {
            Language language = CliLanguage.inArguments(arguments).flatMap(CliLanguage::tag).orElse(fallback);
            PrintWriter errors = e.getCommandLine().getErr();
            errors.println(Messages.of("cli", language).format("error", "message", UsageErrors.describe(e, language)));
            errors.flush();
            return ExitCodes.USAGE_OR_IO;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Language language = cmd.getCommand() instanceof Localized ? ((Localized) cmd.getCommand()).language() : fallback;
            PrintWriter errors = cmd.getErr();
            errors.println(Messages.of("cli", language).format("error", "message", describe(e, language)));
            errors.flush();
            return ExitCodes.USAGE_OR_IO;
        });
        return cli.execute(args);
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        for (Class<?> c : List.of(ServeCommand.class, ValidateCommand.class, QueryCommand.class, IngestCommand.class,
                SubmissionsCommand.class, TemplateCommand.class, ExportCommand.class)) {
            commands.put(c.getAnnotation(Command.class).name(), c);
        }
        return commands;
    }

    private static String describe(Exception e, Language language) {
        if (e instanceof CliException) {
            return ((CliException) e).message(language);
        }
        if (e instanceof RdfInputException) {
            return InputErrorText.describe((RdfInputException) e, null, language);
        }
        return e.getMessage();
    }

    private static boolean isLangOption(ArgSpec arg) {
        return arg.isOption() && ((OptionSpec) arg).longestName().equals("--lang");
    }

    /** Without a subcommand, shows the usage and reports bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE_OR_IO;
    }
}
