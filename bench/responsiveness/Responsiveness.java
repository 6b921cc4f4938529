import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The responsiveness benchmark (not a test): starts {@code gcm-kg serve --in-memory} from a jar and measures the
 * latency of a light named query, five times in a row, while heavy clients load the server; and the server's
 * resident memory. Run it through {@code bench/responsiveness/run}; see bench/README.md.
 */
public final class Responsiveness {
    static final String LIGHT = "/queries/objectives-most-actions";
    static final String ORDER_BY = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } ORDER BY ?c ?o LIMIT 10 OFFSET 10000000";
    static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String BIG_RESULT = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 90000";
    static final int PROBES = 5;
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(15);

    private final String base;
    private final long pid;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(15)).build();

    Responsiveness(String base, long pid) {
        this.base = base;
        this.pid = pid;
    }

    public static void main(String[] args) throws Exception {
        String jar = args.length > 0 ? args[0] : "target/gcm-kg.jar";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 3999;
        List<String> only = args.length > 2 && !args[2].isBlank() ? List.of(args[2].split(",")) : List.of();
        Process server = new ProcessBuilder("java", "-jar", jar, "serve", "--in-memory", "--port",
                Integer.toString(port)).redirectErrorStream(true)
                .redirectOutput(Path.of(System.getProperty("java.io.tmpdir"), "responsiveness-server.log").toFile())
                .start();
        try {
            Responsiveness bench = new Responsiveness("http://127.0.0.1:" + port, server.pid());
            bench.awaitReady();
            System.out.printf("jar %s (pid %d)%n", jar, server.pid());
            System.out.printf("%-22s %10s %9s %10s  %s%n", "scenario", "median s", "answered", "RSS MiB",
                    "heavy answers");
            Map<String, Runnable> scenarios = new java.util.LinkedHashMap<>();
            scenarios.put("idle", () -> bench.run("idle", 0, null, 0));
            scenarios.put("8xORDER-BY", () -> bench.run("8xORDER-BY", 8, ORDER_BY, 0));
            scenarios.put("24xcartesian", () -> bench.run("24xcartesian", 24, CARTESIAN, 0));
            scenarios.put("16x60MB", () -> bench.run("16x60MB", 16, BIG_RESULT, 0));
            scenarios.put("18xslow-body", () -> bench.run("18xslow-body", 0, null, 18));
            scenarios.put("32xslow-body", () -> bench.run("32xslow-body", 0, null, 32));
            for (Map.Entry<String, Runnable> s : scenarios.entrySet()) {
                if (only.isEmpty() || only.contains(s.getKey())) {
                    s.getValue().run();
                }
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    void awaitReady() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not start");
    }

    /** Resident memory of the server now, in MiB. */
    long rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    void run(String name, int heavyClients, String heavyQuery, int slowBodies) {
        AtomicBoolean stop = new AtomicBoolean();
        Map<Integer, AtomicLong> heavyAnswers = new ConcurrentHashMap<>();
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < heavyClients; i++) {
            load.add(daemon(() -> heavyLoop(heavyQuery, stop, heavyAnswers)));
        }
        for (int i = 0; i < slowBodies; i++) {
            load.add(daemon(() -> slowBodyLoop(stop, heavyAnswers)));
        }
        AtomicLong peak = new AtomicLong(rssMiB());
        Thread sampler = daemon(() -> {
            while (!stop.get()) {
                peak.accumulateAndGet(rssMiB(), Math::max);
                sleep(250);
            }
        });
        if (heavyClients + slowBodies > 0) {
            sleep(3000);
        }
        List<Double> latencies = new ArrayList<>();
        int answered = 0;
        for (int i = 0; i < PROBES; i++) {
            long t0 = System.nanoTime();
            int status;
            try {
                status = http.send(HttpRequest.newBuilder(URI.create(base + LIGHT)).header("Accept", "text/csv")
                        .timeout(PROBE_TIMEOUT).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException | InterruptedException e) {
                status = -1;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            latencies.add(status == 200 ? s : PROBE_TIMEOUT.toSeconds());
            if (status == 200) {
                answered++;
            }
            sleep(500);
        }
        stop.set(true);
        load.forEach(t -> t.interrupt());
        Collections.sort(latencies);
        Map<Integer, Long> answers = new TreeMap<>();
        heavyAnswers.forEach((k, v) -> answers.put(k, v.get()));
        System.out.printf("%-22s %10.2f %6d/%d %10d  %s%n", name, latencies.get(latencies.size() / 2), answered,
                PROBES, peak.get(), answers);
        for (Thread t : load) {
            try {
                t.join(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sleep(12_000);
        System.gc();
    }

    void heavyLoop(String query, AtomicBoolean stop, Map<Integer, AtomicLong> answers) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        while (!stop.get()) {
            int status;
            try {
                status = client.send(HttpRequest.newBuilder(URI.create(base + "/gcm/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                return;
            }
            answers.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
            if (status != 200) {
                sleep(200);
            }
        }
    }

    /** A client that sends a body of 100,000 bytes one byte a second, again when the server cuts it off. */
    void slowBodyLoop(AtomicBoolean stop, Map<Integer, AtomicLong> answers) {
        while (!stop.get()) {
            try (Socket s = new Socket("127.0.0.1", URI.create(base).getPort())) {
                s.setSoTimeout(1000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: text/turtle\r\n"
                        + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = s.getInputStream();
                while (!stop.get()) {
                    out.write('#');
                    out.flush();
                    try {
                        byte[] head = in.readNBytes(12);
                        if (head.length >= 12) {
                            answers.computeIfAbsent(Integer.parseInt(new String(head, 9, 3,
                                    StandardCharsets.US_ASCII)), k -> new AtomicLong()).incrementAndGet();
                        }
                        break;
                    } catch (java.net.SocketTimeoutException e) {
                        // nothing back yet: keep trickling
                    }
                }
            } catch (IOException e) {
                answers.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
                sleep(200);
            }
        }
    }

    static Thread daemon(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
