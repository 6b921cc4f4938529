package org.gcmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.gcmkg.ingest.SubmissionGate;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.io.RdfFiles;
import org.gcmkg.io.RdfInputException;
import org.gcmkg.store.Project;
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
 * {@code validate}: checks RDF files, together as one submission, through the {@link SubmissionGate} against the
 * ontology, the shapes and the curated data (without a store, so without the stored submissions).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate RDF files against the shapes together with the reference data. "
                + "Exit 0: conforms (warnings allowed); 1: does not conform; 2: unreadable input or bad usage.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOption project;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Turtle, N-Triples, JSON-LD, RDF/XML, TriG or N-Quads files (format from the extension); "
                    + "or reporting workbooks (.xlsx), zips or folders of their CSV files.")
    private List<Path> files;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the text report: en or es.")
    private String lang;

    @Option(names = "--format", defaultValue = "text", description = "Report format: text, turtle or jsonld.")
    private String format;

    @Option(names = "--annotated", paramLabel = "FILE.xlsx",
            description = "For a workbook: also write it with the failing cells marked and the messages as comments.")
    private Path annotated;

    @Override
    public Integer call() throws IOException {
        if (WorkbookCli.workbooks(files)) {
            return WorkbookCli.validate(Project.load(project.files()), files, lang, format, annotated,
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        ReportWriter writer = new ReportWriter(lang);
        ReportFormat reportFormat = ReportFormat.parse(format);
        Graph data = null;
        for (Path file : files) {
            String name = file.toString();
            Lang syntax = RdfFiles.langFor(name);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new RdfInputException(name, -1, -1, "file not found", e);
            }
            Graph parsed = new SubmissionInput(bytes, syntax, name).parse();
            // One file is validated as parsed; several are merged into the first one's graph.
            if (data == null) {
                data = parsed;
            } else {
                parsed.find().forEachRemaining(data::add);
            }
        }
        ValidationOutcome outcome = new SubmissionGate(Project.load(project.files())).check(data, null);
        PrintWriter out = spec.commandLine().getOut();
        out.print(writer.write(outcome, reportFormat));
        out.flush();
        return outcome.accepted() ? ExitCodes.OK : ExitCodes.NOT_CONFORMING;
    }
}
