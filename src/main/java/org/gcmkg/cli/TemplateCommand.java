package org.gcmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gcmkg.store.Project;
import org.gcmkg.workbook.DataContext;
import org.gcmkg.workbook.Workbooks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code template}: writes the empty reporting workbook, generated from the mapping, the shapes and the data. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write the empty reporting workbook (.xlsx), or its CSV form with --csv. Exit 0: written; 2: I/O error.")
final class TemplateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOption project;

    @Parameters(arity = "0..1", paramLabel = "FILE.xlsx", defaultValue = "gcm-kg-template.xlsx",
            description = "Where to write the workbook (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--csv", paramLabel = "DIR", description = "Write the CSV form (one file per sheet) into DIR instead.")
    private Path csv;

    @Override
    public Integer call() throws IOException {
        Project loaded = Project.load(project.files());
        Workbooks workbooks = new Workbooks(loaded.validator().shapes().getGraph(),
                new DataContext(loaded.validator().context()));
        PrintWriter out = spec.commandLine().getOut();
        if (csv != null) {
            WorkbookCli.writeCsv(csv, workbooks.templateCsv());
            out.printf("wrote the CSV form of the template into %s%n", csv);
        } else {
            Files.write(output, workbooks.template());
            out.printf("wrote the template to %s%n", output);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
