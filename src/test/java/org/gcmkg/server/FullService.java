package org.gcmkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.StoreSnapshot;
import org.gcmkg.TestProject;
import org.gcmkg.cli.ServiceExtensions;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.publish.PublishSettings;
import org.gcmkg.store.GcmStore;
import org.gcmkg.vocab.Gcm;

/**
 * The whole service as {@code serve} wires it (pages, linked data, named queries, submissions with a write token),
 * in memory on a free port, with its store at hand for {@link StoreSnapshot}; and the raw HTTP the hostile tests
 * need.
 */
final class FullService implements AutoCloseable {
    /** The write token the service is started with. */
    static final String TOKEN = "hardening-test-token";

    private final GcmStore store;
    private final GcmServer server;

    private FullService(GcmStore store, GcmServer server) {
        this.store = store;
        this.server = server;
    }

    /** Starts the service with {@code settings}. */
    static FullService start(ServerSettings settings) {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        IngestService gate = new IngestService(TestProject.get(), store.dataset(), Clock.systemUTC());
        GcmServer server = GcmServer.start(store.dataset(), settings, ServiceExtensions.of(TestProject.get(),
                store.dataset(), gate, WriteAuth.withToken(Optional.of(TOKEN)), new SizeLimit(SizeLimit.DEFAULT_MAX_BYTES),
                PublishSettings.of(Gcm.BASE, settings.queryTimeoutMillis())));
        return new FullService(store, server);
    }

    GcmServer server() {
        return server;
    }

    DatasetGraph dataset() {
        return store.dataset();
    }

    /** A full export of the store. */
    String snapshot() {
        return StoreSnapshot.of(store.dataset());
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    /** A request by the JDK client (a fresh one, since Jetty may close a connection after refusing a body). */
    HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(b.build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends {@code request} as it is over a socket and returns what comes back until the server closes the
     * connection (or 30 s pass): for requests the JDK client refuses to send.
     */
    String raw(byte[] request) {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0;) {
                    answer.write(buf, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // Whatever arrived is the answer.
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #raw(byte[])} for a request written as text. */
    String raw(String request) {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
