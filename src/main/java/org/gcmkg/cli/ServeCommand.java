package org.gcmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.page.Paths;
import org.gcmkg.publish.PublishSettings;
import org.gcmkg.server.GcmServer;
import org.gcmkg.server.HttpLimits;
import org.gcmkg.server.ServerSettings;
import org.gcmkg.server.WriteAuth;
import org.gcmkg.store.CuratedSync;
import org.gcmkg.store.GcmStore;
import org.gcmkg.store.Project;
import org.gcmkg.validation.ReportFormat;
import org.gcmkg.validation.ReportWriter;
import org.gcmkg.page.WebPaths;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: brings the store's curated graphs up to the project's content (validating it only when it changed,
 * see {@link CuratedSync}) and serves the store.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Validate the curated data against the shapes and load it into the store (unless the store holds "
                + "that content already), then serve the store: a "
                + "read-only SPARQL endpoint, named queries, submissions (writes need the operator's token) and a "
                + "public dry-run validator.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOption project;

    @Option(names = "--port", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--bind", defaultValue = ServerSettings.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    private String bind;

    @Option(names = "--timeout", defaultValue = "10",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    private double timeoutSeconds;

    @Option(names = "--log-requests", description = "Log every HTTP request.")
    private boolean logRequests;

    @Mixin
    private StoreOptions storeOptions;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the token that HTTP writes must present (default: the environment variable "
                    + WriteAuth.TOKEN_ENV + "; with neither, HTTP writes are disabled).")
    private Path tokenFile;

    @Option(names = "--max-bytes", defaultValue = "" + SizeLimit.DEFAULT_MAX_BYTES,
            description = "Largest accepted submission in bytes (default: ${DEFAULT-VALUE}).")
    private long maxBytes;

    @Option(names = "--iri-base", defaultValue = PublishSettings.DEFAULT_IRI_BASE,
            description = "The IRI that this server's root path stands for: GET /objective/7 describes "
                    + "<IRI-BASE>objective/7 (default: ${DEFAULT-VALUE}).")
    private String iriBase;

    @Option(names = "--exit-after-start",
            description = "Start, ask the server a named query, a SPARQL query and a page once, then stop: to build a "
                    + "class-data-sharing archive (see the README) or to time a start.")
    private boolean exitAfterStart;

    @Override
    public Integer call() throws IOException {
        if (logRequests) {
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Request", "info");
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki", "info");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerSettings settings = new ServerSettings(port, bind, Math.round(timeoutSeconds * 1000))
                .withLimits(HttpLimits.DEFAULT.withMaxBodyBytes(maxBytes));
        PublishSettings publishing = PublishSettings.of(iriBase, settings.queryTimeoutMillis());
        long started = System.nanoTime();
        Project loaded = Project.load(project.files());
        long read = System.nanoTime();
        WriteAuth auth = WriteAuth.withToken(token());
        SizeLimit limit = new SizeLimit(maxBytes);
        GcmStore store = storeOptions.open();
        CuratedSync.StartupOutcome startup = CuratedSync.sync(store, loaded);
        if (startup.action() == CuratedSync.Action.REFUSED) {
            store.close();
            err.println("The curated data does not conform to the shapes; the server does not start.");
            err.print(new ReportWriter("en").write(startup.validation(), ReportFormat.TEXT));
            err.flush();
            return ExitCodes.NOT_CONFORMING;
        }
        long synced = System.nanoTime();
        if (!exitAfterStart) {
            Runtime.getRuntime().addShutdownHook(new Thread(store::close));
        }
        IngestService gate = new IngestService(loaded, store.dataset(), Clock.systemUTC());
        GcmServer server = GcmServer.start(store.dataset(), settings,
                ServiceExtensions.of(loaded, store.dataset(), gate, auth, limit, publishing));
        out.println("gcm-kg serving " + loaded.files().description() + " content from the store in " + store.description());
        out.println("Start-up: " + startup.describe() + "; content read in " + millis(started, read) + " ms, store "
                + "synced in " + millis(read, synced) + " ms, serving after " + millis(started, System.nanoTime()) + " ms"
                + (loaded.shapesRead() ? "" : " (shapes not read)"));
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        out.println("Graph store (read-only): " + server.graphStoreUrl());
        out.println("Linked data: " + server.baseUrl() + "/ (IRIs under " + publishing.iris().iriBase() + ")");
        out.println("Catalogue: " + server.baseUrl() + Paths.CATALOG + "  VoID: " + server.baseUrl() + Paths.VOID);
        out.println("Submissions: " + server.baseUrl() + "/submissions (writes "
                + (auth.enabled() ? "need the token" : "disabled: no token configured") + ")");
        out.println("Dry-run validation: " + server.baseUrl() + "/validate");
        out.println("Named queries: " + server.baseUrl() + "/queries");
        out.println("Web pages: " + server.baseUrl() + "/ (home), " + server.baseUrl() + WebPaths.OBJECTIVES + ", "
                + server.baseUrl() + WebPaths.EXPLORE + ", " + server.baseUrl() + WebPaths.VALIDATOR);
        out.flush();
        if (exitAfterStart) {
            try {
                out.println("Warm-up: " + WarmUp.askOnce(server.baseUrl(), server.sparqlUrl()));
            } finally {
                server.stop();
                store.close();
            }
            out.flush();
            return ExitCodes.OK;
        }
        server.join();
        return ExitCodes.OK;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private Optional<String> token() throws IOException {
        if (tokenFile != null) {
            return Optional.of(Files.readString(tokenFile, StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(System.getenv(WriteAuth.TOKEN_ENV));
    }
}
