package org.gcmkg.server;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.gcmkg.page.Paths;

/**
 * The embedded Fuseki server: a public, read-only SPARQL endpoint and read-only graph access over one
 * dataset. Updates, graph writes and SPARQL {@code SERVICE} are not available.
 */
public final class GcmServer {
    /** The dataset's path on the server. */
    public static final String DATASET_PATH = Paths.DATASET;

    /** The largest response the endpoint holds before sending it: results past it get 503. */
    public static final long MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

    private final FusekiServer server;

    private GcmServer(FusekiServer server) {
        this.server = server;
    }

    /** Starts a server over {@code dataset} with no extension; returns once it accepts requests. */
    public static GcmServer start(DatasetGraph dataset, ServerSettings settings) {
        return start(dataset, settings, List.of());
    }

    /** Starts a server over {@code dataset} with the given extensions; returns once it accepts requests. */
    public static GcmServer start(DatasetGraph dataset, ServerSettings settings, List<ServerExtension> extensions) {
        // SERVICE would let any anonymous query make this server send HTTP requests; the global
        // context is the only switch that also covers Fuseki's built-in services.
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeoutMillis()));

        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .enablePing(true)
                .verbose(false)
                .addDataset(DATASET_PATH, dataset)
                .addEndpoint(DATASET_PATH, "", Operation.Query)
                .addEndpoint(DATASET_PATH, "", Operation.GSP_R)
                .addEndpoint(DATASET_PATH, "sparql", Operation.Query)
                .addEndpoint(DATASET_PATH, "query", Operation.Query)
                .addEndpoint(DATASET_PATH, "data", Operation.GSP_R)
                .addFilter(DATASET_PATH + "/*", new CompleteResultsFilter(MAX_RESPONSE_BYTES))
                .addServlet(OpenApiServlet.PATH, new OpenApiServlet());
        extensions.forEach(e -> e.register(builder));
        FusekiServer server = builder.build();
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector) {
                ((ServerConnector) connector).setHost(settings.bindAddress());
            }
        }
        server.start();
        return new GcmServer(server);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** The server's base URL, ending without a slash. */
    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** The URL of the SPARQL query endpoint. */
    public String sparqlUrl() {
        return baseUrl() + DATASET_PATH + "/sparql";
    }

    /** The URL of the read-only graph store endpoint. */
    public String graphStoreUrl() {
        return baseUrl() + DATASET_PATH + "/data";
    }

    /** Stops the server. */
    public void stop() {
        server.stop();
    }

    /** Waits until the server stops. */
    public void join() {
        server.join();
    }
}
