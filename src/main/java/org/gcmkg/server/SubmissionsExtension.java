package org.gcmkg.server;

import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.store.Project;
import org.gcmkg.validation.ShapesVersion;

/** Adds {@code /submissions} (authenticated writes, public reads) and the public dry run {@code /validate}. */
public final class SubmissionsExtension implements ServerExtension {
    private final IngestService gate;
    private final WriteAuth auth;
    private final SizeLimit limit;
    private final Runnable onChange;
    private final Project project;
    private final ValidationBudget budget;

    /**
     * The submission endpoints in front of {@code gate}.
     *
     * @param onChange run after every accepted write, for example to refresh dumps
     */
    public SubmissionsExtension(IngestService gate, WriteAuth auth, SizeLimit limit, Runnable onChange) {
        this(gate, auth, limit, onChange, null);
    }

    /**
     * The submission endpoints in front of {@code gate}, taking reporting workbooks too (and serving
     * {@code GET /template}) when {@code project} is given; the reports then also name the version of its shapes.
     */
    public SubmissionsExtension(IngestService gate, WriteAuth auth, SizeLimit limit, Runnable onChange, Project project) {
        this(gate, auth, limit, onChange, project, ValidationBudget.ofHeap());
    }

    /** The same with the budget of bytes validated at once given ({@link ValidationBudget#ofHeap()} otherwise). */
    SubmissionsExtension(IngestService gate, WriteAuth auth, SizeLimit limit, Runnable onChange, Project project,
            ValidationBudget budget) {
        this.gate = gate;
        this.auth = auth;
        this.limit = limit;
        this.onChange = onChange;
        this.project = project;
        this.budget = budget;
    }

    @Override
    public void register(FusekiServer.Builder builder) {
        SubmissionReader reader = new SubmissionReader(limit);
        WorkbookEndpoint workbooks = project == null ? null : new WorkbookEndpoint(project, gate, limit);
        // Read when the first report names it: building the validator parses the shapes and the curated data,
        // which the first query does not need.
        Supplier<ShapesVersion> shapes = project == null ? () -> null : () -> project.validator().version();
        builder.addServlet("/submissions/*", new SubmissionsServlet(gate, auth, reader, onChange, workbooks, shapes,
                budget));
        builder.addServlet("/validate", new DryRunServlet(gate, reader, workbooks, shapes, budget));
        if (workbooks != null) {
            builder.addServlet("/template", workbooks.templateServlet());
        }
    }
}
