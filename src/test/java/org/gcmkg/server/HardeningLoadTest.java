package org.gcmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

/**
 * The limits that keep the server answering, checked by what clients get (never by timing: the benchmark in
 * {@code bench/responsiveness} measures the latencies): a client past its share of the endpoint gets 429 with
 * {@code Retry-After}; a full queue gets 503; bodies trickled by more clients than there are worker threads
 * do not stop a named query, and are cut off with 408.
 */
class HardeningLoadTest {
    /** A query that runs until the timeout stops it. */
    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    private static ServerSettings settings(long timeoutMillis, HttpLimits limits) {
        return new ServerSettings(0, ServerSettings.DEFAULT_BIND, timeoutMillis, limits);
    }

    private static HttpLimits limits(int workers, int running, int waiting, Duration maxWait, int perClient,
            long minRate, Duration grace) {
        HttpLimits d = HttpLimits.DEFAULT;
        return new HttpLimits(workers, d.maxQueryBytes(), d.maxBodyBytes(), running, waiting, maxWait, perClient,
                minRate, grace, d.idleTimeout());
    }

    /** Threads of their own: the common pool may have one thread on a two-core machine. */
    private static final ExecutorService CLIENTS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hardening-client");
        t.setDaemon(true);
        return t;
    });

    private static CompletableFuture<HttpResponse<String>> heavy(FullService s) {
        return CompletableFuture.supplyAsync(() -> s.send("GET", "/gcm/sparql?query="
                + URLEncoder.encode(HEAVY, StandardCharsets.UTF_8), null), CLIENTS);
    }

    @Test
    void aClientPastItsShareGets429WithRetryAfter() throws Exception {
        try (FullService s = FullService.start(settings(4000,
                limits(24, 1, 4, Duration.ofSeconds(20), 1, 1024, Duration.ofSeconds(5))))) {
            String before = s.snapshot();
            CompletableFuture<HttpResponse<String>> first = null;
            HttpResponse<String> refused = null;
            for (int attempt = 0; attempt < 3 && refused == null; attempt++) {
                // The heavy query goes first; if a probe of ours happened to hold the client's share when it
                // arrived, it is itself the one refused, and the attempt starts again.
                first = heavy(s);
                Thread.sleep(500);
                while (!first.isDone()) {
                    HttpResponse<String> r = s.send("GET", "/gcm/sparql?query="
                            + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), null, "Accept-Language", "es");
                    if (r.statusCode() == 429) {
                        refused = r;
                        break;
                    }
                    Thread.sleep(100);
                }
            }
            assertTrue(refused != null, "a second query while the first runs gets 429");
            assertEquals("4", refused.headers().firstValue("Retry-After").orElse(""));
            assertTrue(refused.body().contains("Este cliente ya tiene 1 consulta en curso o en espera"), refused.body());
            assertEquals(503, first.get().statusCode(), "the heavy query itself is stopped by the timeout");
            HttpResponse<String> light = s.send("GET", "/queries/objectives-most-actions", null, "Accept", "text/csv");
            assertEquals(200, light.statusCode(), "named queries are not behind the endpoint's limit");
            assertEquals(200, s.send("GET", "/gcm/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                    null).statusCode(), "once the first is done, the client may query again");
            assertEquals(before, s.snapshot());
        }
    }

    @Test
    void aFullQueueGets503AndAQueryThatWaitedTooLongToo() throws Exception {
        // The first query runs for the whole 8 s timeout, and the others come after it has surely been admitted
        // (1.5 s, even on a loaded machine) and give up their 1.5 s wait long before it ends.
        try (FullService s = FullService.start(settings(8000,
                limits(24, 1, 1, Duration.ofMillis(1500), 8, 1024, Duration.ofSeconds(5))))) {
            CompletableFuture<HttpResponse<String>> first = heavy(s);
            List<HttpResponse<String>> busy = new ArrayList<>();
            List<CompletableFuture<HttpResponse<String>>> others = new ArrayList<>();
            Thread.sleep(1500);
            for (int i = 0; i < 3; i++) {
                Thread.sleep(300);
                others.add(heavy(s));
            }
            for (CompletableFuture<HttpResponse<String>> f : others) {
                busy.add(f.get());
            }
            first.get();
            assertTrue(busy.stream().allMatch(r -> r.statusCode() == 503), "queued past the wait or past the queue");
            for (HttpResponse<String> r : busy) {
                assertEquals("8", r.headers().firstValue("Retry-After").orElse(""), r.body());
                assertTrue(r.body().contains("The endpoint is busy with other queries; try again in 8 seconds."),
                        r.body());
            }
        }
    }

    @Test
    void bodiesTrickledByMoreClientsThanWorkersDoNotStopTheServerAndAreCutOff() throws Exception {
        int workers = 8;
        try (FullService s = FullService.start(settings(10_000,
                limits(workers, 2, 8, Duration.ofSeconds(10), 4, 200, Duration.ofSeconds(2))))) {
            String before = s.snapshot();
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 3 * workers; i++) {
                    Socket socket = new Socket("127.0.0.1", s.server().port());
                    socket.setSoTimeout(60_000);
                    socket.getOutputStream().write(("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: text/turtle\r\n"
                            + "Content-Length: 100000\r\n\r\n@prefix").getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    slow.add(socket);
                }
                HttpResponse<String> light = s.send("GET", "/queries/objectives-most-actions", null,
                        "Accept", "text/csv");
                assertEquals(200, light.statusCode(), "a named query answers while the slow bodies trickle");
                assertEquals(200, s.send("GET", "/objectives", null).statusCode(), "and so do pages");
                for (Socket socket : slow) {
                    String answer = readAll(socket.getInputStream());
                    assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
                    assertTrue(answer.contains("The request body arrived too slowly (less than 200 bytes per second)"),
                            answer);
                }
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
            assertEquals(before, s.snapshot());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        try {
            for (int n; (n = in.read(buf)) > 0;) {
                out.write(buf, 0, n);
            }
        } catch (java.net.SocketException e) {
            // The server closed the connection after its answer.
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
