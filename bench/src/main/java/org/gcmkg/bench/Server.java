package org.gcmkg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.gcmkg.query.NamedQueries;

/**
 * A system under measurement: standalone Fuseki or a gcm-kg jar, each with the named queries it runs (Fuseki runs
 * the texts of the gcm-kg under test), started on a TDB2 store of its own.
 */
final class Server {
    /** Query timeout of every server, in seconds. */
    static final int TIMEOUT_SECONDS = 30;
    static final String HEAP = "4g";
    /**
     * The JVM flags of the README's documented {@code serve} command ("Running the server"): gcm-kg is measured as it
     * is documented to run. Keep the two the same.
     */
    static final List<String> GCM_FLAGS = List.of("-Xmx2g", "-Xms64m", "-XX:+UseSerialGC", "-Xmn32m");
    /**
     * The JVM flags of the README's documented {@code validate} command ("Validating from the command line"): a
     * short process that compiles with C1 only and collects with one thread. Keep the two the same.
     */
    static final List<String> VALIDATE_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    enum Kind { FUSEKI, GCM }

    final String name;
    final Kind kind;
    final Path jar;
    final NamedQueries queries;
    /** Options given to this server's JVM before {@code -jar}. */
    final List<String> jvmOptions;

    Server(String name, Kind kind, Path jar, NamedQueries queries) {
        this(name, kind, jar, queries, List.of());
    }

    Server(String name, Kind kind, Path jar, NamedQueries queries, List<String> jvmOptions) {
        this.name = name;
        this.kind = kind;
        this.jar = jar;
        this.queries = queries;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The same gcm-kg started with the class-data-sharing archive that {@code mvn package} writes beside its jar
     * ({@code gcm-kg.jsa}), as the README's serve command does; empty when the jar has no archive.
     */
    java.util.Optional<Server> withArchive() {
        Path archive = jar.resolveSibling("gcm-kg.jsa");
        if (kind != Kind.GCM || !Files.isRegularFile(archive)) {
            return java.util.Optional.empty();
        }
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-XX:SharedArchiveFile=" + archive);
        return java.util.Optional.of(new Server(name + "+cds", kind, jar, queries, options));
    }

    /** A started server; {@link #close()} stops it. */
    final class Running implements AutoCloseable {
        final Proc proc;
        final String base;
        final long startMillis;
        /** CPU time (user + system) the process had used when it first answered, in milliseconds. */
        final long startCpuMillis;

        Running(Proc proc, String base, long startMillis, long startCpuMillis) {
            this.proc = proc;
            this.base = base;
            this.startMillis = startMillis;
            this.startCpuMillis = startCpuMillis;
        }

        Server server() {
            return Server.this;
        }

        String endpoint() {
            return base + "/gcm/sparql";
        }

        /** Runs a SPARQL query and returns the answer. */
        Http.Answer query(String text) {
            return Http.send(Http.query(endpoint(), text, Http.JSON, Duration.ofSeconds(TIMEOUT_SECONDS + 5)));
        }

        @Override
        public void close() throws InterruptedException {
            proc.close();
        }
    }

    /**
     * Starts the server on {@code store} and waits until it answers its first query; the time from the process's
     * start to that answer is the start-up time, the CPU time the process used until then its start-up CPU.
     */
    Running start(Path store, Path work) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command;
        if (kind == Kind.FUSEKI) {
            Path config = work.resolve("fuseki-" + store.getFileName() + ".ttl");
            Files.writeString(config, fusekiConfig(store));
            Path log4j = work.resolve("fuseki-log4j2.properties");
            Files.writeString(log4j, "status = error\nappender.c.type = Console\nappender.c.name = OUT\n"
                    + "appender.c.layout.type = PatternLayout\nappender.c.layout.pattern = %m%n\n"
                    + "rootLogger.level = warn\nrootLogger.appenderRef.c.ref = OUT\n");
            command = Proc.java(HEAP, "-Dlog4j2.configurationFile=" + log4j, "-jar", jar.toString(), "--conf",
                    config.toString(), "--port", Integer.toString(port));
        } else {
            List<String> args = new ArrayList<>(jvmOptions);
            args.addAll(List.of("-jar", jar.toString(), "serve", "--store", store.toString(), "--port",
                    Integer.toString(port), "--timeout", Integer.toString(TIMEOUT_SECONDS), "--max-bytes", "400000000"));
            command = Proc.javaWith(GCM_FLAGS, args.toArray(String[]::new));
        }
        long t0 = System.nanoTime();
        Proc proc = Proc.start(command, work.resolve("logs").resolve(name + "-" + store.getFileName() + ".log"));
        String base = "http://127.0.0.1:" + port;
        String ask = base + "/gcm/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        while (true) {
            if (!proc.alive()) {
                throw new IllegalStateException(name + " did not start; see " + proc.log());
            }
            if ((System.nanoTime() - t0) / 1e9 > 1200) {
                proc.close();
                throw new IllegalStateException(name + " did not answer within 20 minutes; see " + proc.log());
            }
            if (Http.send(Http.get(ask, Http.JSON, Duration.ofSeconds(5))).ok()) {
                break;
            }
            Thread.sleep(20);
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        return new Running(proc, base, wall, proc.cpuMillis());
    }

    private static String fusekiConfig(Path store) {
        return """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

                [] rdf:type fuseki:Server ;
                   ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "%d" ] .

                <#service> rdf:type fuseki:Service ;
                    fuseki:name "gcm" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:dataset <#dataset> .

                <#dataset> rdf:type tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(TIMEOUT_SECONDS * 1000, store.toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static List<String> names(List<Server> servers) {
        List<String> names = new ArrayList<>();
        servers.forEach(s -> names.add(s.name));
        return names;
    }
}
