package org.gcmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.gcmkg.ingest.Submissions;
import org.gcmkg.store.GcmStore;
import org.gcmkg.store.Project;
import org.gcmkg.workbook.DataContext;
import org.gcmkg.workbook.Workbooks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: writes a stored report edition (curated or submitted) as a filled workbook. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a stored report edition as a filled reporting workbook (.xlsx), or its CSV form with --csv. "
                + "Exit 0: written; 2: unknown edition, usage, I/O or store error.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOption project;

    @Mixin
    private StoreOptions storeOptions;

    @Option(names = "--edition", required = true, paramLabel = "IRI",
            description = "The edition, such as https://w3id.org/gcm/report/informe-ejecutivo-2020.")
    private String edition;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE.xlsx", description = "Where to write the workbook (default: EDITION.xlsx).")
    private Path output;

    @Option(names = "--csv", paramLabel = "DIR", description = "Write the CSV form (one file per sheet) into DIR instead.")
    private Path csv;

    @Override
    public Integer call() throws IOException {
        Project loaded = Project.load(project.files());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (GcmStore store = storeOptions.open()) {
            OptionalInt refused = CuratedContent.sync(store, loaded, err);
            if (refused.isPresent()) {
                return refused.getAsInt();
            }
            Graph graph = Workbooks.editionGraph(store.dataset(), NodeFactory.createURI(edition)).orElseThrow(() ->
                    new IllegalArgumentException("no report edition <" + edition + "> in the curated data or the submissions of "
                            + store.description()));
            Graph context = new MultiUnion(new Graph[] {loaded.validator().context(),
                    new Submissions(store.dataset()).allExcept(null)});
            Workbooks workbooks = new Workbooks(loaded.validator().shapes().getGraph(), new DataContext(context));
            Workbooks.Export export = workbooks.export(graph, NodeFactory.createURI(edition));
            if (csv != null) {
                WorkbookCli.writeCsv(csv, export.csv());
                out.printf("wrote %s as CSV files into %s%n", edition, csv);
            } else {
                Path file = output != null ? output : Path.of(edition.substring(edition.lastIndexOf('/') + 1) + ".xlsx");
                Files.write(file, export.xlsx());
                out.printf("wrote %s to %s%n", edition, file);
            }
            if (!export.notCarried().isEmpty()) {
                err.printf("warning: %d statements of the edition have no column in the workbook and are not in it%n",
                        export.notCarried().size());
            }
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }
}
