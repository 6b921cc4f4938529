package org.gcmkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.ingest.SubmissionGate;
import org.gcmkg.io.RdfInputException;
import org.gcmkg.store.Project;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;
import org.gcmkg.validation.FailOn;
import org.gcmkg.validation.FileReport;
import org.gcmkg.validation.InputErrorText;
import org.gcmkg.validation.Report;
import org.gcmkg.validation.ReportFormat;
import org.gcmkg.validation.ReportWriter;
import org.gcmkg.validation.ValidationOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: checks each RDF file (or standard input) on its own, as the submission it would be, through the
 * {@link SubmissionGate} against the ontology, the shapes and the curated data (without a store, so without the
 * stored submissions), and writes one report with a verdict per file; the exit code is the worst of them.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Validate RDF files (each one on its own, as the submission it would be) against the shapes "
                + "together with the reference data and the gate's rules; or reporting workbooks.",
                "Exit 0: every file conforms (at --fail-on); 1: a file does not conform; 2: a file cannot be read, "
                        + "or bad usage."})
final class ValidateCommand implements Callable<Integer>, Localized {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOption project;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Turtle, N-Triples, JSON-LD, RDF/XML, TriG or N-Quads files (syntax from the extension "
                    + "or --input-format), - for standard input; or reporting workbooks (.xlsx), zips or folders of "
                    + "their CSV files.")
    private List<String> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", completionCandidates = ReportFormats.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; a workbook's: text or json).")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (UTF-8) and print only a verdict line per file.")
    private Path output;

    @Option(names = "--input-format", paramLabel = "SYNTAX", completionCandidates = InputSyntaxes.class,
            description = "RDF syntax of every input, whatever its name: ${COMPLETION-CANDIDATES} "
                    + "(needed for standard input and names without a known extension).")
    private String inputFormat;

    @Option(names = "--fail-on", defaultValue = "violation", paramLabel = "LEVEL",
            completionCandidates = FailOnLevels.class,
            description = "Least severity that fails a file: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, "
                    + "warnings and notes pass, like pySHACL's --allow-warnings; warning = pySHACL's --allow-infos; "
                    + "info = pySHACL's default).")
    private String failOn;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the report and of every message: en or es (default: ${DEFAULT-VALUE}, from "
                    + "GCM_KG_LANG, LC_ALL, LC_MESSAGES or LANG; English otherwise).")
    private String lang;

    @Option(names = "--max-bytes", defaultValue = "" + SizeLimit.DEFAULT_MAX_BYTES, paramLabel = "N",
            description = "Largest accepted input in bytes (default: ${DEFAULT-VALUE}).")
    private long maxBytes;

    @Option(names = "--annotated", paramLabel = "FILE.xlsx",
            description = "For a workbook: also write it with the failing cells marked and the messages as comments.")
    private Path annotated;

    private final InputStream stdin;

    /** The command, reading {@code -} from {@code stdin}. */
    ValidateCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Language language() {
        return CliLanguage.tag(lang).orElseGet(() -> CliLanguage.defaultOf(spec));
    }

    @Override
    public Integer call() throws IOException {
        Language language = CliLanguage.tag(lang).orElseThrow(() -> new CliException("usage.lang", "name", lang));
        ReportFormat reportFormat = ReportFormat.byName(format).orElseThrow(() -> new CliException("usage.format",
                "name", format, "formats", ReportFormat.names()));
        FailOn level = FailOn.byName(failOn).orElseThrow(() -> new CliException("usage.failOn", "name", failOn));
        Lang syntax = InputReader.syntax(inputFormat);
        if (maxBytes <= 0) {
            throw new CliException("usage.maxBytes", "value", Long.toString(maxBytes));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> paths = files.stream().filter(f -> !f.equals(InputReader.STDIN)).map(Path::of).toList();
        if (syntax == null && WorkbookCli.workbooks(files.stream().map(Path::of).toList())) {
            if (reportFormat != ReportFormat.TEXT && reportFormat != ReportFormat.JSON) {
                throw new CliException("usage.workbookFormat", "name", format);
            }
            return WorkbookCli.validate(Project.load(project.files()), paths, language,
                    reportFormat == ReportFormat.JSON, annotated, level, out, err);
        }
        if (annotated != null) {
            throw new CliException("usage.annotatedRdf");
        }
        if (files.stream().filter(InputReader.STDIN::equals).count() > 1) {
            throw new CliException("input.stdinTwice");
        }
        Project loaded = Project.load(project.files());
        SubmissionGate gate = new SubmissionGate(loaded);
        InputReader reader = new InputReader(stdin, syntax, new SizeLimit(maxBytes));
        Messages cli = Messages.of("cli", language);
        List<FileReport> reports = new ArrayList<>();
        int code = ExitCodes.OK;
        for (String name : files) {
            try {
                InputReader.Read read = reader.read(name);
                ValidationOutcome outcome = gate.check(read.input(), null);
                reports.add(new FileReport(read.file(), outcome));
                code = Math.max(code, level.passes(outcome) ? ExitCodes.OK : ExitCodes.NOT_CONFORMING);
            } catch (CliException e) {
                err.println(cli.format("error", "message", e.message(language)));
                code = ExitCodes.USAGE_OR_IO;
            } catch (RdfInputException e) {
                err.println(cli.format("error", "message", InputErrorText.describe(e, reader.syntaxOf(name), language)));
                code = ExitCodes.USAGE_OR_IO;
            }
        }
        err.flush();
        if (!reports.isEmpty()) {
            ReportWriter writer = new ReportWriter(language);
            Report report = new Report(Instant.now(), loaded.validator().version(), level, reports);
            String body = writer.write(report, reportFormat);
            if (output == null) {
                out.print(body);
            } else {
                try {
                    Files.writeString(output, body, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new CliException("output.write", "file", output, "detail", String.valueOf(e.getMessage()));
                }
                writer.verdictLines(report).forEach(out::println);
            }
        }
        out.flush();
        return code;
    }

    /** The report formats, for the help. */
    static final class ReportFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::optionName).iterator();
        }
    }

    /** The input syntaxes, for the help. */
    static final class InputSyntaxes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(InputSyntax.names().split("\\|")).iterator();
        }
    }

    /** The fail-on levels, for the help. */
    static final class FailOnLevels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(FailOn.values()).map(FailOn::optionName).iterator();
        }
    }
}
