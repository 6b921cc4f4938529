package org.gcmkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.gcmkg.ingest.IngestResult;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.store.GcmStore;
import org.gcmkg.store.Project;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;
import org.gcmkg.validation.InputErrorText;
import org.gcmkg.validation.ReportFormat;
import org.gcmkg.validation.ReportWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ingest}: validates files and stores each conforming one as a submission. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Validate RDF files and store each one as a submission if it conforms. Each file is one "
                + "submission. Exit 0: all stored; 1: a file does not conform; 2: unreadable input, usage or store error.")
final class IngestCommand implements Callable<Integer>, Localized {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOption project;

    @Mixin
    private StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "RDF files (syntax from the extension or --input-format), - for standard input; or "
                    + "reporting workbooks (.xlsx), zips or folders of their CSV files.")
    private List<String> files;

    @Option(names = "--id", description = "Identifier of the submission (only with one file; default: generated).")
    private String id;

    @Option(names = "--replace", description = "Replace the submission --id atomically instead of adding a new one.")
    private boolean replace;

    @Option(names = "--institution", description = "Submitting institution: an IRI or a slug such as inm.")
    private String institution;

    @Option(names = "--input-format", paramLabel = "SYNTAX",
            description = "RDF syntax of every input, whatever its name: turtle, ntriples, jsonld, rdfxml, trig or nquads.")
    private String inputFormat;

    @Option(names = "--max-bytes", defaultValue = "" + SizeLimit.DEFAULT_MAX_BYTES,
            description = "Largest accepted file in bytes (default: ${DEFAULT-VALUE}).")
    private long maxBytes;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the validation report and of every message: en or es (default: ${DEFAULT-VALUE}, "
                    + "from GCM_KG_LANG, LC_ALL, LC_MESSAGES or LANG; English otherwise).")
    private String lang;

    @Option(names = "--annotated", paramLabel = "FILE.xlsx",
            description = "For a workbook: also write it with the failing cells marked and the messages as comments.")
    private Path annotated;

    private final InputStream stdin;

    /** The command, reading {@code -} from {@code stdin}. */
    IngestCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Language language() {
        return CliLanguage.tag(lang).orElseGet(() -> CliLanguage.defaultOf(spec));
    }

    @Override
    public Integer call() throws IOException {
        Language language = CliLanguage.tag(lang).orElseThrow(() -> new CliException("usage.lang", "name", lang));
        if ((id != null || replace) && files.size() > 1) {
            throw new CliException("usage.idOneFile");
        }
        if (replace && id == null) {
            throw new CliException("usage.replaceNeedsId");
        }
        if (maxBytes <= 0) {
            throw new CliException("usage.maxBytes", "value", Long.toString(maxBytes));
        }
        InputReader reader = new InputReader(stdin, InputReader.syntax(inputFormat), new SizeLimit(maxBytes));
        if (files.stream().filter(InputReader.STDIN::equals).count() > 1) {
            throw new CliException("input.stdinTwice");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages cli = Messages.of("cli", language);
        ReportWriter writer = new ReportWriter(language);
        Project loaded = Project.load(project.files());
        int code = ExitCodes.OK;
        try (GcmStore store = storeOptions.open()) {
            OptionalInt refused = CuratedContent.sync(store, loaded, err, language);
            if (refused.isPresent()) {
                return refused.getAsInt();
            }
            List<Path> paths = files.stream().map(Path::of).toList();
            if (inputFormat == null && WorkbookCli.workbooks(paths)) {
                return WorkbookCli.ingest(loaded, store, paths, id, institution, replace, maxBytes, language, annotated, out, err);
            }
            for (String file : files) {
                IngestService gate = new IngestService(loaded, store.dataset(), Clock.systemUTC(), record -> {
                    out.println(cli.format("ingest.storing", "file", file, "id", record.id(),
                            "triples", record.tripleCount()));
                    out.flush();
                });
                InputReader.Read read;
                try {
                    read = reader.read(file);
                } catch (CliException e) {
                    err.println(cli.format("error", "message", cli.format("ingest.notStored", "file", file,
                            "reason", e.message(language))));
                    code = ExitCodes.USAGE_OR_IO;
                    continue;
                }
                IngestResult result = gate.submit(read.input(), id, institution, replace);
                switch (result.status()) {
                    case ACCEPTED:
                        out.println(cli.format("ingest.stored", "file", file, "id", result.record().id(),
                                "triples", result.record().tripleCount()));
                        break;
                    case NOT_CONFORMING:
                        out.println(cli.format("ingest.notConforming", "file", file));
                        out.print(writer.write(result.outcome(), ReportFormat.TEXT));
                        code = Math.max(code, ExitCodes.NOT_CONFORMING);
                        break;
                    case MALFORMED:
                        err.println(cli.format("error", "message",
                                InputErrorText.describe(result.unreadable(), read.input().lang(), language)));
                        code = ExitCodes.USAGE_OR_IO;
                        break;
                    case DUPLICATE:
                        err.println(cli.format("error", "message", cli.format("ingest.notStored", "file", file,
                                "reason", Messages.of("gate", language).format("duplicate", "sha256",
                                        read.input().sha256(), "id", result.heldBy()))));
                        code = ExitCodes.USAGE_OR_IO;
                        break;
                    default:
                        err.println(cli.format("error", "message", cli.format("ingest.notStored", "file", file,
                                "reason", reason(result, id, language))));
                        code = ExitCodes.USAGE_OR_IO;
                }
            }
        }
        out.flush();
        err.flush();
        return code;
    }


    /** Why a submission was refused before or after validation (not found, identifier taken, bad request). */
    static String reason(IngestResult result, String id, Language language) {
        Messages cli = Messages.of("cli", language);
        switch (result.status()) {
            case ID_TAKEN:
                return cli.format("ingest.idTaken", "id", String.valueOf(id));
            case NOT_FOUND:
                return cli.format("ingest.notFound", "id", String.valueOf(id));
            case CHANGED_WHILE_VALIDATED:
                return cli.format("ingest.changed", "id", String.valueOf(id));
            default:
                return cli.format("ingest.invalid", "detail", String.valueOf(result.error()));
        }
    }
}
