package org.gcmkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.query.NamedQueries;
import org.gcmkg.query.NamedQuery;
import org.gcmkg.store.Project;
import org.gcmkg.store.ProjectFiles;

/**
 * {@code compare [--quick] [--baseline DIR] [--only SECTION,...]}: gcm-kg side by side with standalone Fuseki 5.6.0
 * and with jena-shacl and RDF4J's ShaclSail run bare, on the same data, in interleaved rounds; prints medians and
 * ratios (gcm-kg ÷ peer). {@code --baseline DIR} adds another gcm-kg working copy (its {@code target/gcm-kg.jar} and
 * {@code queries/}), measured in the same rounds. Sections: start-up, throughput, latency, validation, ingest. Stores
 * of generated editions are kept in {@code /tmp/bench-stores} (or {@code --stores DIR}) and reused.
 */
public final class Compare {
    private static final String EDITION_2020 = "https://w3id.org/gcm/report/informe-ejecutivo-2020";
    private static final Duration LONG = Duration.ofMinutes(10);

    private final Settings settings;
    private final Path root;
    private final Path work;
    private final Path storesDir;
    private final Server fuseki;
    private final List<Server> gcm = new ArrayList<>();
    private final List<Server> all = new ArrayList<>();
    private final Map<Integer, Path> validationFiles = new LinkedHashMap<>();

    /** What a run measures: the quick mode's sizes are small, so it checks the benchmark end to end in minutes. */
    record Settings(boolean quick, List<Integer> startupStores, List<Integer> latencyStores, int latencyRuns,
                    int startupRuns, double loadSeconds, int loadRounds, List<Integer> validationTriples,
                    List<Integer> dryRunStores, List<Integer> ingestStores, int validationRuns,
                    int dryRunWarmUps) {
        static Settings full() {
            return new Settings(false, List.of(0, 10, 100), List.of(0, 1, 10, 100, 1000), 5, 3, 3, 2,
                    List.of(10_000, 100_000, 800_000), List.of(0, 10, 100), List.of(0, 10, 100, 1000), 3, 1);
        }

        Settings withStartup(List<Integer> v) {
            return new Settings(quick, v, latencyStores, latencyRuns, startupRuns, loadSeconds, loadRounds,
                    validationTriples, dryRunStores, ingestStores, validationRuns, dryRunWarmUps);
        }

        Settings withLatency(List<Integer> v) {
            return new Settings(quick, startupStores, v, latencyRuns, startupRuns, loadSeconds, loadRounds,
                    validationTriples, dryRunStores, ingestStores, validationRuns, dryRunWarmUps);
        }

        Settings withValidation(List<Integer> v) {
            return new Settings(quick, startupStores, latencyStores, latencyRuns, startupRuns, loadSeconds, loadRounds,
                    v, dryRunStores, ingestStores, validationRuns, dryRunWarmUps);
        }

        Settings withDryRun(List<Integer> v) {
            return new Settings(quick, startupStores, latencyStores, latencyRuns, startupRuns, loadSeconds, loadRounds,
                    validationTriples, v, ingestStores, validationRuns, dryRunWarmUps);
        }

        Settings withIngest(List<Integer> v) {
            return new Settings(quick, startupStores, latencyStores, latencyRuns, startupRuns, loadSeconds, loadRounds,
                    validationTriples, dryRunStores, v, validationRuns, dryRunWarmUps);
        }

        /** The same number of runs for every section (start-up, latency, validation, ingest). */
        Settings withRuns(int runs) {
            return new Settings(quick, startupStores, latencyStores, runs, runs, loadSeconds, loadRounds,
                    validationTriples, dryRunStores, ingestStores, runs, dryRunWarmUps);
        }

        /** How many dry runs each server answers before the measured ones (its JIT compiles the gate meanwhile). */
        Settings withDryRunWarmUps(int warmUps) {
            return new Settings(quick, startupStores, latencyStores, latencyRuns, startupRuns, loadSeconds, loadRounds,
                    validationTriples, dryRunStores, ingestStores, validationRuns, warmUps);
        }

        static Settings quickOnes() {
            return new Settings(true, List.of(0, 10), List.of(0, 1, 10), 3, 2, 1, 1, List.of(10_000, 50_000),
                    List.of(0, 10), List.of(0, 10), 2, 1);
        }
    }

    /** The baseline's query texts, also run on Fuseki in the latency section (null without a baseline). */
    private final NamedQueries baselineTexts;

    private Compare(Settings settings, Path root, Path storesDir, Path baseline, Path baselineTexts, List<String> only)
            throws IOException {
        this.settings = settings;
        this.root = root;
        this.storesDir = storesDir;
        this.work = storesDir.resolve("work");
        Files.createDirectories(work);
        this.sections = only;
        NamedQueries queries = NamedQueries.read(root.resolve("queries"));
        this.fuseki = new Server("fuseki", Server.Kind.FUSEKI, root.resolve("bench/target/peers/jena-fuseki-server.jar"),
                queries);
        gcm.add(new Server("gcm-kg", Server.Kind.GCM, root.resolve("target/gcm-kg.jar"), queries));
        if (baseline != null) {
            gcm.add(new Server("baseline", Server.Kind.GCM, baseline.resolve("target/gcm-kg.jar"),
                    NamedQueries.read(baseline.resolve("queries"))));
        }
        all.add(fuseki);
        all.addAll(gcm);
        Path texts = baselineTexts != null ? baselineTexts : baseline;
        this.baselineTexts = texts == null ? null : NamedQueries.read(texts.resolve("queries"));
    }

    private final List<String> sections;

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws Exception {
        Settings settings = Settings.full();
        Path baseline = null;
        Path baselineTexts = null;
        Path stores = Path.of("/tmp/bench-stores");
        List<String> only = List.of("startup", "throughput", "latency", "validation", "ingest");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> settings = Settings.quickOnes();
                case "--baseline" -> baseline = Path.of(args[++i]).toAbsolutePath();
                case "--baseline-texts" -> baselineTexts = Path.of(args[++i]).toAbsolutePath();
                case "--stores" -> stores = Path.of(args[++i]).toAbsolutePath();
                case "--only" -> only = List.of(args[++i].split(","));
                case "--startup-stores" -> settings = settings.withStartup(ints(args[++i]));
                case "--latency-stores" -> settings = settings.withLatency(ints(args[++i]));
                case "--validation-triples" -> settings = settings.withValidation(ints(args[++i]));
                case "--dry-run-stores" -> settings = settings.withDryRun(ints(args[++i]));
                case "--ingest-stores" -> settings = settings.withIngest(ints(args[++i]));
                case "--runs" -> settings = settings.withRuns(Integer.parseInt(args[++i]));
                case "--dry-run-warm-ups" -> settings = settings.withDryRunWarmUps(Integer.parseInt(args[++i]));
                default -> {
                    System.err.println("usage: compare [--quick] [--baseline DIR] [--baseline-texts DIR] [--stores DIR] "
                            + "[--only startup,throughput,latency,validation,ingest] [--startup-stores N,...] "
                            + "[--latency-stores N,...] [--validation-triples N,...] [--dry-run-stores N,...] "
                            + "[--ingest-stores N,...] [--runs N] [--dry-run-warm-ups N]");
                    System.exit(2);
                }
            }
        }
        Path root = Path.of(System.getProperty("gcm.root", ".")).toAbsolutePath().normalize();
        new Compare(settings, root, stores, baseline, baselineTexts, only).run();
    }

    private static List<Integer> ints(String list) {
        return java.util.Arrays.stream(list.split(",")).map(Integer::parseInt).toList();
    }

    private void run() throws Exception {
        System.out.printf("gcm-kg benchmark (%s), systems: %s; times are medians, ratios gcm-kg ÷ peer%n",
                settings.quick ? "quick" : "full", String.join(", ", Server.names(all)));
        System.out.println("load: " + Files.readString(Path.of("/proc/loadavg")).trim());
        if (sections.contains("validation")) {
            validationFiles();
            validation();
        }
        TreeSet<Integer> sizes = new TreeSet<>();
        if (sections.contains("startup")) {
            sizes.addAll(settings.startupStores);
        }
        if (sections.contains("latency")) {
            sizes.addAll(settings.latencyStores);
        }
        if (sections.contains("throughput")) {
            sizes.add(0);
        }
        if (sections.contains("validation")) {
            sizes.addAll(settings.dryRunStores);
        }
        if (sections.contains("ingest")) {
            sizes.addAll(settings.ingestStores);
        }
        for (int size : sizes) {
            storeSize(size);
        }
        System.out.println("load: " + Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /** Everything measured on a store of {@code editions} generated editions (0: the curated data alone). */
    private void storeSize(int editions) throws Exception {
        Path master = master(editions);
        Map<Server, Path> stores = new LinkedHashMap<>();
        stores.put(fuseki, master);
        for (Server s : gcm) {
            stores.put(s, copy(master, s.name));
        }
        String label = editions == 0 ? "curated data" : editions + " generated editions";
        if (sections.contains("startup") && settings.startupStores.contains(editions)) {
            // Each gcm-kg also starts with the class-data-sharing archive beside its jar, on the same store copy.
            List<Server> starting = new ArrayList<>();
            for (Server s : all) {
                starting.add(s);
                s.withArchive().ifPresent(a -> {
                    starting.add(a);
                    stores.put(a, stores.get(s));
                });
            }
            Map<Server, List<Long>> times = new LinkedHashMap<>();
            Map<Server, List<Long>> cpu = new LinkedHashMap<>();
            for (int round = 0; round < settings.startupRuns; round++) {
                for (Server s : starting) {
                    times.computeIfAbsent(s, k -> new ArrayList<>());
                    cpu.computeIfAbsent(s, k -> new ArrayList<>());
                    try (Server.Running r = s.start(stores.get(s), work)) {
                        times.get(s).add(r.startMillis);
                        cpu.get(s).add(r.startCpuMillis);
                    } catch (IllegalStateException e) {
                        System.out.println("  (" + e.getMessage() + ")");
                    }
                }
            }
            System.out.printf("%nstart-up to the first answered query, %s (%d runs; wall, and the process's CPU time "
                    + "until then):%n", label, settings.startupRuns);
            double peer = Stats.median(times.get(fuseki));
            double peerCpu = Stats.median(cpu.get(fuseki));
            for (Server s : starting) {
                double m = Stats.median(times.get(s));
                double c = Stats.median(cpu.get(s));
                System.out.printf("  %-13s %9s  CPU %9s%s%n", s.name, Stats.ms(m), Stats.ms(c), s == fuseki ? ""
                        : "  ratio " + Stats.ratio(m, peer) + ", CPU " + Stats.ratio(c, peerCpu));
            }
        }
        boolean latency = sections.contains("latency") && settings.latencyStores.contains(editions);
        boolean throughput = sections.contains("throughput") && editions == 0;
        boolean dryRun = sections.contains("validation") && settings.dryRunStores.contains(editions);
        if (latency || throughput || dryRun) {
            List<Server.Running> running = new ArrayList<>();
            try {
                for (Server s : all) {
                    try {
                        running.add(s.start(stores.get(s), work));
                    } catch (IllegalStateException e) {
                        System.out.println("  (" + e.getMessage() + "; left out on this store)");
                    }
                }
                if (running.isEmpty() || running.get(0).server() != fuseki) {
                    return;
                }
                if (latency) {
                    latency(running, editions, label);
                }
                if (throughput) {
                    throughput(running);
                }
                if (dryRun) {
                    dryRun(running.subList(1, running.size()), editions, label);
                }
            } finally {
                for (Server.Running r : running) {
                    r.close();
                }
            }
        }
        if (sections.contains("ingest") && settings.ingestStores.contains(editions)) {
            ingest(stores, editions, label);
        }
    }

    /** Who is asked in the latency section: a running server with the query texts it is given. */
    private record Client(String name, Server.Running running, NamedQueries queries) {
    }

    private void latency(List<Server.Running> running, int editions, String label) {
        System.out.printf("%nlatency of the named queries on the SPARQL endpoint, %s (median of %d after a warm-up):%n",
                label, settings.latencyRuns);
        List<Client> clients = new ArrayList<>();
        for (Server.Running r : running) {
            clients.add(new Client(r.server().name, r, r.server().queries));
            if (r.server() == fuseki && baselineTexts != null) {
                clients.add(new Client("f-old-txt", r, baselineTexts));
            }
        }
        List<String> editionIris = new ArrayList<>(List.of(EDITION_2020));
        if (editions > 0) {
            editionIris.add(EditionGenerator.reportIri(1));
        }
        StringBuilder header = new StringBuilder(String.format("  %-38s %-8s", "query", "edition"));
        for (Client c : clients) {
            header.append(String.format("%11s", c.name()));
        }
        for (Client c : clients.subList(1, clients.size())) {
            header.append(String.format("%11s", c.name() + "÷f"));
        }
        System.out.println(header);
        for (NamedQuery q : fuseki.queries.all()) {
            for (String edition : q.perEdition() ? editionIris : List.of(EDITION_2020)) {
                Map<Client, List<Double>> times = new LinkedHashMap<>();
                for (Client c : clients) {
                    times.put(c, new ArrayList<>());
                }
                List<Client> active = new ArrayList<>(clients);
                for (int round = 0; round <= settings.latencyRuns; round++) {
                    for (Client c : List.copyOf(active)) {
                        NamedQuery own = c.queries().get(q.name()).orElse(null);
                        if (own == null) {
                            active.remove(c);
                            continue;
                        }
                        String text = own.perEdition() ? own.forEdition(edition).sparql() : own.sparql();
                        long t0 = System.nanoTime();
                        Http.Answer a = c.running().query(text);
                        double ms = (System.nanoTime() - t0) / 1e6;
                        if (!a.ok()) {
                            // A query past the timeout is not repeated: it would only keep the server busy.
                            times.get(c).clear();
                            times.get(c).add(Double.POSITIVE_INFINITY);
                            active.remove(c);
                        } else if (round > 0) {
                            times.get(c).add(ms);
                        }
                    }
                }
                StringBuilder line = new StringBuilder(String.format("  %-38s %-8s", q.name(),
                        edition.equals(EDITION_2020) ? "2020" : "gen-0001"));
                double peer = Stats.median(times.get(clients.get(0)));
                for (Client c : clients) {
                    line.append(String.format("%11s", time(Stats.median(times.get(c)))));
                }
                for (Client c : clients.subList(1, clients.size())) {
                    line.append(String.format("%11s", Stats.ratio(Stats.median(times.get(c)), peer)));
                }
                System.out.println(line);
            }
        }
    }

    private static String time(double ms) {
        return Double.isInfinite(ms) ? ">" + Server.TIMEOUT_SECONDS + " s" : Stats.ms(ms);
    }

    private void throughput(List<Server.Running> running) throws InterruptedException {
        System.out.printf("%nthroughput on 8 connections, curated data (%.0f s per system, median of %d rounds):%n",
                settings.loadSeconds, settings.loadRounds);
        System.out.printf("  %-38s %-9s %10s %9s %9s %7s%n", "request", "system", "req/s", "p50", "p99", "ratio");
        Map<String, Map<Server.Running, Supplier<java.net.http.HttpRequest>>> requests = new LinkedHashMap<>();
        Duration timeout = Duration.ofSeconds(Server.TIMEOUT_SECONDS + 5);
        for (NamedQuery q : fuseki.queries.all()) {
            Map<Server.Running, Supplier<java.net.http.HttpRequest>> bySystem = new LinkedHashMap<>();
            for (Server.Running r : running) {
                if (r.server().kind == Server.Kind.FUSEKI) {
                    bySystem.put(r, () -> Http.query(r.endpoint(), q.sparql(), Http.JSON, timeout));
                } else if (r.server().queries.get(q.name()).isPresent()) {
                    bySystem.put(r, () -> Http.get(r.base + "/queries/" + q.name(), Http.JSON, timeout));
                }
            }
            requests.put("/queries/" + q.name(), bySystem);
        }
        Map<Server.Running, Supplier<java.net.http.HttpRequest>> page = new LinkedHashMap<>();
        String describe = "DESCRIBE <https://w3id.org/gcm/objective/7>";
        for (Server.Running r : running) {
            page.put(r, r.server().kind == Server.Kind.FUSEKI
                    ? () -> Http.get(r.endpoint() + "?query=" + URLEncoder.encode(describe, StandardCharsets.UTF_8),
                    "text/turtle", timeout)
                    : () -> Http.get(r.base + "/objective/7", "text/turtle", timeout));
        }
        requests.put("GET /objective/7 (Fuseki: DESCRIBE)", page);
        for (Map.Entry<String, Map<Server.Running, Supplier<java.net.http.HttpRequest>>> e : requests.entrySet()) {
            Map<Server.Running, List<LoadTest.Result>> results = new LinkedHashMap<>();
            for (int round = 0; round < settings.loadRounds; round++) {
                for (Map.Entry<Server.Running, Supplier<java.net.http.HttpRequest>> s : e.getValue().entrySet()) {
                    LoadTest.run(s.getValue(), 8, 0.3);
                    results.computeIfAbsent(s.getKey(), k -> new ArrayList<>())
                            .add(LoadTest.run(s.getValue(), 8, settings.loadSeconds));
                }
            }
            double peer = Double.NaN;
            for (Map.Entry<Server.Running, List<LoadTest.Result>> r : results.entrySet()) {
                List<LoadTest.Result> rs = r.getValue();
                double perSecond = Stats.median(rs.stream().map(LoadTest.Result::perSecond).toList());
                double p50 = Stats.median(rs.stream().map(LoadTest.Result::p50).toList());
                double p99 = Stats.median(rs.stream().map(LoadTest.Result::p99).toList());
                int errors = rs.stream().mapToInt(LoadTest.Result::errors).sum();
                if (r.getKey().server().kind == Server.Kind.FUSEKI) {
                    peer = perSecond;
                }
                System.out.printf(Locale.ROOT, "  %-38s %-9s %10.1f %9s %9s %7s%s%n", e.getKey(), r.getKey().server().name,
                        perSecond, Stats.ms(p50), Stats.ms(p99),
                        r.getKey().server().kind == Server.Kind.FUSEKI ? "" : Stats.ratio(perSecond, peer),
                        errors > 0 ? "  (" + errors + " errors)" : "");
            }
        }
    }

    /** Writes the files the validation section checks: one fictitious edition of about each size. */
    private void validationFiles() throws IOException {
        Path dir = storesDir.resolve("validation");
        Files.createDirectories(dir);
        Project project = Project.load(ProjectFiles.embedded());
        Path shapes = dir.resolve("shapes.ttl");
        Path context = dir.resolve("context.nt");
        // Written at every run, so the peers never validate with the shapes or the data of an older working copy.
        try (OutputStream out = Files.newOutputStream(shapes)) {
            RDFDataMgr.write(out, project.validator().shapes().getGraph(), Lang.TURTLE);
        }
        try (OutputStream out = Files.newOutputStream(context)) {
            RDFDataMgr.write(out, project.validator().context(), Lang.NTRIPLES);
        }
        int n = 9001;
        for (int triples : settings.validationTriples) {
            Path file = dir.resolve("submission-" + triples + ".ttl");
            if (!Files.exists(file)) {
                Graph edition = EditionGenerator.edition(n, EditionGenerator.actionsPerObjectiveFor(triples));
                Files.write(file, Generate.turtle(edition));
            }
            validationFiles.put(triples, file);
            n++;
        }
    }

    private void validation() throws Exception {
        Path dir = storesDir.resolve("validation");
        Path shapes = dir.resolve("shapes.ttl");
        Path context = dir.resolve("context.nt");
        String rdf4jClasspath = Files.readString(root.resolve("bench/target/rdf4j.classpath")).trim();
        String benchJar = root.resolve("bench/target/gcm-kg-bench.jar").toString();
        System.out.printf("%nvalidation from the command line: whole process (JVM start, parse, validate; median of %d) "
                + "and peak RSS; peers run bare on the same file plus the ontology and curated data:%n",
                settings.validationRuns);
        System.out.printf("  %-8s %-8s %-11s %9s %9s %10s %7s%n", "triples", "MB", "system", "process", "warm run",
                "peak RSS", "ratio");
        // Each gcm-kg as the README documents validate: its JVM flags, and also with its class-data-sharing archive
        // when it has one.
        List<Server> validators = new ArrayList<>();
        for (Server s : gcm) {
            validators.add(s);
            s.withArchive().ifPresent(validators::add);
        }
        // A peer validates once more for each warm-up a server's dry run gets, so that its warm run is as warm.
        String peerRuns = String.valueOf(1 + settings.dryRunWarmUps);
        for (Map.Entry<Integer, Path> f : validationFiles.entrySet()) {
            Path file = f.getValue();
            Map<String, List<Proc.Run>> runs = new LinkedHashMap<>();
            for (int round = 0; round < settings.validationRuns; round++) {
                for (Server s : validators) {
                    List<String> args = new ArrayList<>(s.jvmOptions);
                    args.addAll(List.of("-jar", s.jar.toString(), "validate", "--max-bytes", "400000000",
                            file.toString()));
                    runs.computeIfAbsent(s.name, k -> new ArrayList<>()).add(Proc.run(
                            Proc.javaWith(Server.VALIDATE_FLAGS, args.toArray(String[]::new)),
                            work.resolve("logs/validate.log")));
                }
                runs.computeIfAbsent("jena-shacl", k -> new ArrayList<>()).add(Proc.run(Proc.java(Server.HEAP, "-cp",
                        benchJar + ":" + fuseki.jar, PeerValidate.class.getName(), "jena", shapes.toString(),
                        context.toString(), file.toString(), peerRuns), work.resolve("logs/jena.log")));
                runs.computeIfAbsent("rdf4j", k -> new ArrayList<>()).add(Proc.run(Proc.java(Server.HEAP, "-cp",
                        benchJar + ":" + rdf4jClasspath, PeerValidate.class.getName(), "rdf4j", shapes.toString(),
                        context.toString(), file.toString(), peerRuns), work.resolve("logs/rdf4j.log")));
            }
            double fastestPeer = Math.min(Stats.median(processMillis(runs.get("jena-shacl"))),
                    Stats.median(processMillis(runs.get("rdf4j"))));
            Map<String, Double> warm = new LinkedHashMap<>();
            for (Map.Entry<String, List<Proc.Run>> r : runs.entrySet()) {
                double process = Stats.median(processMillis(r.getValue()));
                double warmRun = Stats.median(r.getValue().stream().map(Compare::warmRunMillis).toList());
                warm.put(r.getKey(), warmRun);
                long peak = r.getValue().stream().mapToLong(Proc.Run::peakRssKb).max().orElse(0);
                String exits = r.getValue().stream().map(x -> Integer.toString(x.exitCode())).distinct()
                        .reduce((a, b) -> a + "," + b).orElse("");
                boolean peer = r.getKey().equals("jena-shacl") || r.getKey().equals("rdf4j");
                System.out.printf(Locale.ROOT, "  %-8d %-8.1f %-11s %9s %9s %10s %7s%s%n", f.getKey(),
                        Files.size(file) / 1e6, r.getKey(), Stats.ms(process), Stats.ms(warmRun), Stats.mib(peak),
                        peer ? "" : Stats.ratio(process, fastestPeer),
                        peer ? "  (" + conforms(r.getValue()) + ")" : "  (exit " + exits + ")");
            }
            peerWarm.put(f.getKey(), Math.min(warm.get("jena-shacl"), warm.get("rdf4j")));
        }
    }

    /** The fastest peer's warm parse + validate, by submission size, for the dry run's ratio. */
    private final Map<Integer, Double> peerWarm = new LinkedHashMap<>();

    /**
     * The time of a process that validates once: gcm-kg's whole process; a peer's process less its runs after the
     * first (a peer validates again in the same JVM, so that its warm time can be shown too).
     */
    private static List<Double> processMillis(List<Proc.Run> runs) {
        return runs.stream().map(r -> {
            List<Double> times = runMillis(r);
            double afterFirst = times.stream().skip(1).mapToDouble(Double::doubleValue).sum();
            return r.millis() - afterFirst;
        }).toList();
    }

    /** A peer's warm time: its last run ({@code run N: M ms}); NaN for gcm-kg, which runs once. */
    private static double warmRunMillis(Proc.Run run) {
        List<Double> times = runMillis(run);
        return times.size() < 2 ? Double.NaN : times.get(times.size() - 1);
    }

    /** The time of each run a peer prints, in order; none for gcm-kg. */
    private static List<Double> runMillis(Proc.Run run) {
        return run.output().lines().filter(l -> l.startsWith("run ") && l.contains(" ms"))
                .map(l -> Double.parseDouble(l.substring(l.indexOf(": ") + 2, l.indexOf(" ms")))).toList();
    }

    private static String conforms(List<Proc.Run> runs) {
        return runs.get(0).output().lines().filter(l -> l.startsWith("run 1: ")).findFirst()
                .map(l -> l.substring(l.indexOf("conforms")))
                .orElse("failed: " + runs.get(0).output().lines().reduce("", (a, b) -> b));
    }

    private void dryRun(List<Server.Running> servers, int editions, String label) throws Exception {
        if (validationFiles.isEmpty()) {
            return;
        }
        System.out.printf("%ndry run (POST /validate) on a running server, %s (median of %d after %d warm-up %s); "
                + "RSS above idle against the submission's in-memory size; ratio to the fastest peer's warm run:%n",
                label, settings.validationRuns, settings.dryRunWarmUps, settings.dryRunWarmUps == 1 ? "run" : "runs");
        System.out.printf("  %-8s %-9s %9s %9s %12s %12s %7s%n", "triples", "system", "time", "peer", "RSS+", "in memory",
                "ratio");
        for (Map.Entry<Integer, Path> f : validationFiles.entrySet()) {
            byte[] body = Files.readAllBytes(f.getValue());
            long inMemoryKb = inMemoryKb(body);
            for (Server.Running r : servers) {
                List<Double> times = new ArrayList<>();
                long above = 0;
                String verdict = "";
                for (int round = 0; round < settings.dryRunWarmUps + settings.validationRuns; round++) {
                    System.gc();
                    Thread.sleep(300);
                    long idle = r.proc.rssKb();
                    long[] peak = {idle};
                    Thread sampler = new Thread(() -> {
                        while (!Thread.currentThread().isInterrupted()) {
                            peak[0] = Math.max(peak[0], r.proc.rssKb());
                            try {
                                Thread.sleep(10);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    });
                    sampler.start();
                    long t0 = System.nanoTime();
                    Http.Answer a = Http.send(Http.post(r.base + "/validate", body, "text/turtle", LONG));
                    double ms = (System.nanoTime() - t0) / 1e6;
                    sampler.interrupt();
                    sampler.join();
                    verdict = a.status() + (a.body().contains("\"conforms\":true") || a.body().contains("\"conforms\" : true")
                            ? " conforms" : "");
                    if (round >= settings.dryRunWarmUps) {
                        times.add(ms);
                        above = Math.max(above, peak[0] - idle);
                    }
                }
                double m = Stats.median(times);
                double peer = peerWarm.getOrDefault(f.getKey(), Double.NaN);
                System.out.printf(Locale.ROOT, "  %-8d %-9s %9s %9s %12s %12s %7s  (%s; RSS ratio %s)%n", f.getKey(),
                        r.server().name, Stats.ms(m), Stats.ms(peer), Stats.mib(above), Stats.mib(inMemoryKb),
                        Stats.ratio(m, peer), verdict, Stats.ratio(above, inMemoryKb));
            }
        }
    }

    /** The heap a plain in-memory Jena graph of the submission takes, in KiB. */
    private static long inMemoryKb(byte[] turtle) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(turtle, StandardCharsets.UTF_8), Lang.TURTLE).parse(g);
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        long kb = Math.max(0, after - before) / 1024;
        return g.size() > 0 ? kb : 0;
    }

    private void ingest(Map<Server, Path> stores, int editions, String label) throws Exception {
        System.out.printf("%ningest of one generated edition (10.8k triples, whole process), %s; peer: tdb2.tdbloader "
                + "of the same file into a named graph, no validation (median of %d):%n", label, settings.validationRuns);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int round = 0; round < settings.validationRuns; round++) {
            int n = 9500 + round;
            Path file = work.resolve("ingest-" + n + ".ttl");
            Files.write(file, Generate.turtle(EditionGenerator.edition(n)));
            for (Server s : gcm) {
                Proc.Run run = Proc.run(Proc.java(Server.HEAP, "-jar", s.jar.toString(), "ingest", "--store",
                        stores.get(s).toString(), "--id", "bench-ingest-" + n + "-" + System.nanoTime(), file.toString()),
                        work.resolve("logs/ingest.log"));
                times.computeIfAbsent(s.name + (run.exitCode() == 0 ? "" : " (exit " + run.exitCode() + ")"),
                        k -> new ArrayList<>()).add(run.millis());
            }
            Proc.Run loader = Proc.run(Proc.java(Server.HEAP, "-cp", fuseki.jar.toString(), "tdb2.tdbloader", "--loc",
                    stores.get(gcm.get(0)).toString(), "--graph", "urn:bench:tdbloader:" + n + ":" + System.nanoTime(),
                    file.toString()), work.resolve("logs/tdbloader.log"));
            times.computeIfAbsent("tdbloader" + (loader.exitCode() == 0 ? "" : " (exit " + loader.exitCode() + ")"),
                    k -> new ArrayList<>()).add(loader.millis());
        }
        double peer = times.entrySet().stream().filter(e -> e.getKey().startsWith("tdbloader"))
                .map(e -> Stats.median(e.getValue())).findFirst().orElse(Double.NaN);
        for (Map.Entry<String, List<Long>> e : times.entrySet()) {
            double m = Stats.median(e.getValue());
            System.out.printf("  %-22s %9s%s%n", e.getKey(), Stats.ms(m),
                    e.getKey().startsWith("tdbloader") ? "" : "  ratio " + Stats.ratio(m, peer));
        }
    }

    /** The store of {@code editions} generated editions, built (through the bulk loader) when missing. */
    private Path master(int editions) throws IOException {
        Path dir = storesDir.resolve("gen-" + editions);
        Path done = storesDir.resolve("gen-" + editions + ".done");
        if (!Files.exists(done)) {
            long t0 = System.nanoTime();
            System.out.printf("%n(building %s: %d editions ...", dir, editions);
            System.out.flush();
            if (editions == 0) {
                try (org.gcmkg.store.GcmStore store = org.gcmkg.store.GcmStore.open(dir)) {
                    BenchStores.ensureCurated(store, Project.load(ProjectFiles.embedded()));
                }
            } else {
                Generate.toStore(editions, 1, dir, false);
            }
            Files.writeString(done, "");
            System.out.printf(" %.0f s)%n", (System.nanoTime() - t0) / 1e9);
        }
        return dir;
    }

    /** A fresh copy of a master store for one system, which may write to it. */
    private Path copy(Path master, String system) throws IOException, InterruptedException {
        Path copy = storesDir.resolve("run").resolve(master.getFileName() + "-" + system);
        if (Files.exists(copy)) {
            try (Stream<Path> walk = Files.walk(copy)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(copy.getParent());
        Process cp = new ProcessBuilder("cp", "-rL", master.toString(), copy.toString()).inheritIO().start();
        if (cp.waitFor() != 0) {
            throw new IOException("cannot copy " + master + " to " + copy);
        }
        Files.deleteIfExists(copy.resolve("tdb.lock"));
        try (Stream<Path> walk = Files.walk(copy)) {
            for (Path lock : walk.filter(p -> p.getFileName().toString().equals("tdb.lock")).toList()) {
                Files.delete(lock);
            }
        }
        return copy;
    }
}
