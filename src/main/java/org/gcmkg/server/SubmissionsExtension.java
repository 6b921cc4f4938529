package org.gcmkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;

/** Adds {@code /submissions} (authenticated writes, public reads) and the public dry run {@code /validate}. */
public final class SubmissionsExtension implements ServerExtension {
    private final IngestService gate;
    private final WriteAuth auth;
    private final SizeLimit limit;
    private final Runnable onChange;

    /**
     * The submission endpoints in front of {@code gate}.
     *
     * @param onChange run after every accepted write, for example to refresh dumps
     */
    public SubmissionsExtension(IngestService gate, WriteAuth auth, SizeLimit limit, Runnable onChange) {
        this.gate = gate;
        this.auth = auth;
        this.limit = limit;
        this.onChange = onChange;
    }

    @Override
    public void register(FusekiServer.Builder builder) {
        SubmissionReader reader = new SubmissionReader(limit);
        builder.addServlet("/submissions/*", new SubmissionsServlet(gate, auth, reader, onChange));
        builder.addServlet("/validate", new DryRunServlet(gate, reader));
    }
}
