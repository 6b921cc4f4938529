package org.gcmkg.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A SHACL engine run bare, as a peer of the gate: {@code PeerValidate jena|rdf4j SHAPES CONTEXT DATA RUNS} parses
 * the shapes, the context (ontology and curated data) and the data, and validates them, {@code RUNS} times in this
 * JVM; prints one line per run, {@code run N: M ms, conforms B}. Jena's run needs Jena on the class path (the
 * Fuseki jar), RDF4J's the RDF4J jars; neither needs gcm-kg. Each engine's code is in a class of its own, so
 * that the other's classes are never loaded.
 */
public final class PeerValidate {
    private PeerValidate() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws Exception {
        String engine = args[0];
        Path shapes = Path.of(args[1]);
        Path context = Path.of(args[2]);
        Path data = Path.of(args[3]);
        int runs = Integer.parseInt(args[4]);
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            boolean conforms = engine.equals("jena") ? JenaPeer.validate(shapes, context, data)
                    : Rdf4jPeer.validate(shapes, context, data);
            System.out.printf(Locale.ROOT, "run %d: %d ms, conforms %s%n", run, (System.nanoTime() - t0) / 1_000_000,
                    conforms);
        }
    }
}
