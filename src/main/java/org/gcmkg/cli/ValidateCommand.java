package org.gcmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.io.RdfFiles;
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

/** {@code validate}: checks RDF files against the shapes together with the reference data. */
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
    public Integer call() throws java.io.IOException {
        if (WorkbookCli.workbooks(files)) {
            return WorkbookCli.validate(Project.load(project.files()), files, lang, format, annotated,
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        ReportWriter writer = new ReportWriter(lang);
        ReportFormat reportFormat = ReportFormat.parse(format);
        Graph data = GraphFactory.createDefaultGraph();
        for (Path file : files) {
            RdfFiles.readDataset(file).find().forEachRemaining(q -> data.add(q.asTriple()));
        }
        ValidationOutcome outcome = Project.load(project.files()).validator().validate(data);
        PrintWriter out = spec.commandLine().getOut();
        out.print(writer.write(outcome, reportFormat));
        out.flush();
        return outcome.accepted() ? ExitCodes.OK : ExitCodes.NOT_CONFORMING;
    }
}
