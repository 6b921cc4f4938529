package org.gcmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.query.EditionChoice;
import org.gcmkg.query.NamedQuery;
import org.gcmkg.query.QueryRunner;
import org.gcmkg.query.ResultFormat;
import org.gcmkg.store.GcmStore;
import org.gcmkg.store.Project;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query}: runs a named query or a query file over the curated data, without a server. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query or a .rq file over the curated data, without a server.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOption project;

    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.rq", description = "A named query, or a file ending in .rq.")
    private String target;

    @Option(names = "--format", defaultValue = "table", description = "Output: table, csv, tsv or json.")
    private String format;

    @Option(names = "--list", description = "List the named queries with their descriptions.")
    private boolean list;

    @Option(names = "--edition", paramLabel = "IRI",
            description = "Ask a per-edition named query for this report edition (default: the 2020 report).")
    private String edition;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Query this persistent store (curated data and submissions) instead of the curated data alone.")
    private Path store;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ResultFormat resultFormat = ResultFormat.parse(format);
        Project loaded = Project.load(project.files());
        if (list || target == null) {
            for (NamedQuery q : loaded.queries().all()) {
                out.println(q.name());
                out.println("    " + q.description().replace("\n", "\n    "));
            }
            out.flush();
            return list ? ExitCodes.OK : ExitCodes.USAGE_OR_IO;
        }
        NamedQuery named;
        if (target.endsWith(".rq")) {
            named = NamedQuery.of(target, Files.readString(Path.of(target), StandardCharsets.UTF_8));
        } else {
            named = loaded.queries().get(target).orElseThrow(() ->
                    new IllegalArgumentException("no named query '" + target + "'; see query --list"));
        }
        if (store == null) {
            out.print(run(named, loaded.newDataset(), resultFormat));
        } else {
            try (GcmStore opened = GcmStore.open(store)) {
                OptionalInt refused = CuratedContent.sync(opened, loaded, spec.commandLine().getErr());
                if (refused.isPresent()) {
                    return refused.getAsInt();
                }
                out.print(run(named, opened.dataset(), resultFormat));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String run(NamedQuery named, DatasetGraph dataset, ResultFormat resultFormat) {
        NamedQuery asked = edition == null ? named : EditionChoice.apply(named, edition, dataset);
        Query query = QueryRunner.parse(asked.sparql(), target);
        return new QueryRunner(dataset).run(query, resultFormat);
    }
}
