package org.gcmkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.query.NamedQueries;

/** Adds {@code /queries}: the named queries, runnable by name and per report edition. */
public final class NamedQueriesExtension implements ServerExtension {
    private final NamedQueries queries;
    private final DatasetGraph dataset;
    private final long timeoutMillis;

    /** The named queries over {@code dataset}, each stopped after {@code timeoutMillis}. */
    public NamedQueriesExtension(NamedQueries queries, DatasetGraph dataset, long timeoutMillis) {
        this.queries = queries;
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void register(FusekiServer.Builder builder) {
        builder.addServlet("/queries/*", new NamedQueriesServlet(queries, dataset, timeoutMillis));
    }
}
