package org.gcmkg.server;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.gcmkg.page.Paths;

/**
 * The embedded Fuseki server: a public, read-only SPARQL endpoint and read-only graph access over one
 * dataset. Updates, graph writes and SPARQL {@code SERVICE} are not available.
 *
 * <p>In front of Fuseki's servlets sit, outermost first: {@link ResponseHeadersHandler} (headers on every
 * answer, TRACE refused), {@link BodyPrefetchHandler} (request bodies read without holding a thread, slow ones
 * cut off), {@link EndpointAdmission} (endpoint queries bounded per client and in all); inside, on the dataset's
 * paths, {@link QueryGuardFilter} and {@link CompleteResultsFilter}. {@link GcmErrorHandler} writes every error
 * that nothing else writes.
 */
public final class GcmServer {
    /** The dataset's path on the server. */
    public static final String DATASET_PATH = Paths.DATASET;

    /** The largest response the endpoint holds before sending it: results past it get 503. */
    public static final long MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

    /** The rows past which a query's sort or DISTINCT spills to disk. */
    static final long SPILL_THRESHOLD_ROWS = 100_000;

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
        // Sorting, DISTINCT and the like move to temporary files past this many rows instead of filling the heap.
        dataset.getContext().set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD_ROWS);
        HttpLimits limits = settings.limits();

        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .enablePing(true)
                .verbose(false)
                .numServerThreads(4, limits.workerThreads())
                .addDataset(DATASET_PATH, dataset)
                .addEndpoint(DATASET_PATH, "", Operation.Query)
                .addEndpoint(DATASET_PATH, "", Operation.GSP_R)
                .addEndpoint(DATASET_PATH, "sparql", Operation.Query)
                .addEndpoint(DATASET_PATH, "query", Operation.Query)
                .addEndpoint(DATASET_PATH, "data", Operation.GSP_R)
                .addFilter(DATASET_PATH + "/*", new QueryGuardFilter(limits.maxQueryBytes()))
                .addFilter(DATASET_PATH + "/*", new CompleteResultsFilter(MAX_RESPONSE_BYTES))
                .addServlet(OpenApiServlet.PATH, new OpenApiServlet());
        extensions.forEach(e -> e.register(builder));
        FusekiServer server = builder.build();
        Server jetty = server.getJettyServer();
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(settings.bindAddress());
                serverConnector.setIdleTimeout(limits.idleTimeout().toMillis());
            }
        }
        harden(jetty, limits, Math.max(1, (settings.queryTimeoutMillis() + 999) / 1000));
        server.start();
        return new GcmServer(server);
    }

    /**
     * Replaces Fuseki's error handler (whose pages name Java exceptions) on the server and the servlet context, and
     * puts the handlers that keep the server responsive in front of Fuseki's.
     */
    private static void harden(Server jetty, HttpLimits limits, long retryAfterSeconds) {
        Handler fuseki = jetty.getHandler();
        if (fuseki instanceof ServletContextHandler context) {
            context.setErrorHandler(new GcmErrorHandler());
        }
        jetty.setErrorHandler(new GcmErrorHandler());
        jetty.setHandler(new ResponseHeadersHandler(
                new BodyPrefetchHandler(limits, new EndpointAdmission(limits, retryAfterSeconds, fuseki))));
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
