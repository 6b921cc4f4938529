package org.gcmkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.gcmkg.ingest.IngestResult;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.io.RdfFiles;
import org.gcmkg.io.RdfInputException;
import org.gcmkg.store.GcmStore;
import org.gcmkg.store.Project;
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
final class IngestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOption project;

    @Mixin
    private StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "RDF files (format from the extension), or reporting workbooks (.xlsx), zips or folders of their CSV files.")
    private List<Path> files;

    @Option(names = "--id", description = "Identifier of the submission (only with one file; default: generated).")
    private String id;

    @Option(names = "--replace", description = "Replace the submission --id atomically instead of adding a new one.")
    private boolean replace;

    @Option(names = "--institution", description = "Submitting institution: an IRI or a slug such as inm.")
    private String institution;

    @Option(names = "--max-bytes", defaultValue = "" + SizeLimit.DEFAULT_MAX_BYTES,
            description = "Largest accepted file in bytes (default: ${DEFAULT-VALUE}).")
    private long maxBytes;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the validation report: en or es.")
    private String lang;

    @Option(names = "--annotated", paramLabel = "FILE.xlsx",
            description = "For a workbook: also write it with the failing cells marked and the messages as comments.")
    private Path annotated;

    @Override
    public Integer call() throws IOException {
        if ((id != null || replace) && files.size() > 1) {
            throw new IllegalArgumentException("--id and --replace take exactly one file");
        }
        if (replace && id == null) {
            throw new IllegalArgumentException("--replace needs --id");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportWriter writer = new ReportWriter(lang);
        SizeLimit limit = new SizeLimit(maxBytes);
        Project loaded = Project.load(project.files());
        int code = ExitCodes.OK;
        try (GcmStore store = storeOptions.open()) {
            OptionalInt refused = CuratedContent.sync(store, loaded, err);
            if (refused.isPresent()) {
                return refused.getAsInt();
            }
            if (WorkbookCli.workbooks(files)) {
                return WorkbookCli.ingest(loaded, store, files, id, institution, replace, maxBytes, lang, annotated, out, err);
            }
            IngestService gate = new IngestService(loaded, store.dataset(), Clock.systemUTC(), message -> {
                out.println(message);
                out.flush();
            });
            for (Path file : files) {
                IngestResult result = gate.submit(read(file, limit), id, institution, replace);
                switch (result.status()) {
                    case ACCEPTED:
                        out.printf("%s: stored as submission %s (%d triples)%n", file, result.record().id(),
                                result.record().tripleCount());
                        break;
                    case NOT_CONFORMING:
                        out.printf("%s: not stored, it does not conform%n", file);
                        out.print(writer.write(result.outcome(), ReportFormat.TEXT));
                        code = Math.max(code, ExitCodes.NOT_CONFORMING);
                        break;
                    default:
                        err.printf("error: %s: not stored: %s%n", file, result.error());
                        code = ExitCodes.USAGE_OR_IO;
                }
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    private static SubmissionInput read(Path file, SizeLimit limit) throws IOException {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return new SubmissionInput(limit.read(in, name), RdfFiles.langFor(name), name);
        } catch (NoSuchFileException e) {
            throw new RdfInputException(name, -1, -1, "file not found", e);
        }
    }
}
