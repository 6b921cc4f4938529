package org.gcmkg.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.repository.sail.SailRepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;

/**
 * A SHACL engine run bare, as a peer of the gate: {@code PeerValidate jena|rdf4j SHAPES CONTEXT DATA RUNS} parses
 * the shapes, the context (ontology and curated data) and the data, and validates them, {@code RUNS} times in this
 * JVM; prints one line per run, {@code run N: M ms, conforms B}. Jena's run needs Jena on the class path (the
 * Fuseki jar), RDF4J's the RDF4J jars; neither needs gcm-kg.
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
            boolean conforms = engine.equals("jena") ? jena(shapes, context, data) : rdf4j(shapes, context, data);
            System.out.printf(Locale.ROOT, "run %d: %d ms, conforms %s%n", run, (System.nanoTime() - t0) / 1_000_000,
                    conforms);
        }
    }

    private static boolean jena(Path shapesFile, Path context, Path data) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString()));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(graph, context.toString());
        RDFDataMgr.read(graph, data.toString());
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        return report.conforms();
    }

    private static boolean rdf4j(Path shapes, Path context, Path data) throws Exception {
        ShaclSail sail = new ShaclSail(new MemoryStore());
        SailRepository repository = new SailRepository(sail);
        repository.init();
        try (SailRepositoryConnection c = repository.getConnection()) {
            c.begin();
            try (InputStream in = Files.newInputStream(shapes)) {
                c.add(in, "", RDFFormat.TURTLE, RDF4J.SHACL_SHAPE_GRAPH);
            }
            c.commit();
            c.begin(ShaclSail.TransactionSettings.ValidationApproach.Bulk);
            for (Path file : new Path[] {context, data}) {
                try (InputStream in = Files.newInputStream(file)) {
                    c.add(in, "", Rio.getParserFormatForFileName(file.toString()).orElse(RDFFormat.TURTLE));
                }
            }
            try {
                c.commit();
                return true;
            } catch (RepositoryException e) {
                c.rollback();
                return false;
            }
        } finally {
            repository.shutDown();
        }
    }
}
