package org.gcmkg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.gcmkg.TestProject;
import org.gcmkg.cli.ServiceExtensions;
import org.gcmkg.ingest.IngestResult;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.publish.PublishSettings;
import org.gcmkg.server.GcmServer;
import org.gcmkg.server.ServerExtension;
import org.gcmkg.server.ServerSettings;
import org.gcmkg.server.WriteAuth;
import org.gcmkg.store.GcmStore;
import org.gcmkg.vocab.Gcm;

/** The whole service as {@code serve} wires it, in memory on a free port, with HTTP writes disabled. */
final class WebServer {
    /** The fictitious example edition that {@link #withSubmission} stores. */
    static final String EXAMPLE_SUBMISSION = "follow-up-2021";
    static final String EXAMPLE_EDITION = "https://w3id.org/gcm/report/ejemplo-ficticio-2021";
    static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");

    private WebServer() {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A GET to {@code path} on {@code server}, with request headers given as name-value pairs. */
    static HttpResponse<String> get(GcmServer server, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A response header's first value, or the empty string. */
    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    /** Starts the service over the embedded project's curated data. */
    static GcmServer start() {
        return start(ServerSettings.ephemeral(), false);
    }

    /**
     * Starts the service with the fictitious example edition stored as submission {@value #EXAMPLE_SUBMISSION},
     * through the same gate as {@code ingest}.
     */
    static GcmServer withSubmission() {
        return start(ServerSettings.ephemeral(), true);
    }

    /** Starts the service with a query timeout of {@code millis}. */
    static GcmServer withTimeout(long millis) {
        ServerSettings e = ServerSettings.ephemeral();
        return start(new ServerSettings(e.port(), e.bindAddress(), millis), false);
    }

    /** Starts the service with {@code extra} registered after the service's own parts. */
    static GcmServer with(ServerExtension extra) {
        return start(ServerSettings.ephemeral(), false, List.of(extra));
    }

    private static GcmServer start(ServerSettings settings, boolean submission) {
        return start(settings, submission, List.of());
    }

    private static GcmServer start(ServerSettings settings, boolean submission, List<ServerExtension> extra) {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        IngestService gate = new IngestService(TestProject.get(), store.dataset(), Clock.systemUTC());
        if (submission) {
            try {
                byte[] bytes = Files.readAllBytes(EXAMPLES.resolve("follow-up-2021/submission.ttl"));
                IngestResult result = gate.submit(new SubmissionInput(bytes, Lang.TURTLE, "submission.ttl"),
                        EXAMPLE_SUBMISSION, "upmrip", false);
                if (result.status() != IngestResult.Status.ACCEPTED) {
                    throw new IllegalStateException("the example submission was refused: " + result);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<ServerExtension> extensions = new ArrayList<>(ServiceExtensions.of(TestProject.get(), store.dataset(), gate,
                WriteAuth.withToken(Optional.empty()), new SizeLimit(SizeLimit.DEFAULT_MAX_BYTES),
                PublishSettings.of(Gcm.BASE, settings.queryTimeoutMillis())));
        extensions.addAll(extra);
        return GcmServer.start(store.dataset(), settings, extensions);
    }
}
