package org.gcmkg.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.io.Checksums;

/**
 * Writes the dumps of one snapshot: every quad of every named graph as gzip N-Quads, and the curated data (the
 * reference and report graphs, without the ontology, which {@code /ontology} serves) as gzip Turtle. The dumps are
 * kept in memory: the curated data is a few thousand triples, and keeping them avoids temporary files that a
 * crashed server would leave behind.
 */
public final class DumpService {
    /** Id of the N-Quads dump. */
    public static final String NQUADS = "nquads";
    /** Id of the Turtle dump. */
    public static final String TURTLE = "turtle";

    private final List<Node> curatedGraphs;

    /** A service whose Turtle dump holds the union of {@code curatedGraphs}. */
    public DumpService(Set<Node> curatedGraphs) {
        // A fixed order keeps the Turtle, and so its checksum, the same from one run to the next.
        this.curatedGraphs = curatedGraphs.stream().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    /** The graphs whose union the Turtle dump holds. */
    public List<Node> curatedGraphs() {
        return curatedGraphs;
    }

    /** Writes both dumps; the caller holds a read transaction, so that they show one state of the data. */
    public List<Dump> write(DatasetGraph dsg, Instant time) {
        byte[] nquads = gzip(out -> RDFDataMgr.writeQuads(out, dsg.find()));
        byte[] turtle = gzip(out -> {
            Graph curated = RdfOutput.newGraph();
            for (Node g : curatedGraphs) {
                dsg.getGraph(g).find().forEachRemaining(curated::add);
            }
            RDFWriter.source(curated).format(RDFFormat.TURTLE_PRETTY).output(out);
        });
        return List.of(
                new Dump(NQUADS, "gcm-kg.nq.gz", "application/n-quads",
                        "All graphs, as N-Quads (gzip)", "Todos los grafos, en N-Quads (gzip)",
                        nquads, Checksums.sha256(nquads), time),
                new Dump(TURTLE, "gcm-kg-curated.ttl.gz", "text/turtle",
                        "Curated data, as Turtle (gzip)", "Datos curados, en Turtle (gzip)",
                        turtle, Checksums.sha256(turtle), time));
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static byte[] gzip(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            writing.to(gz);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a dump", e);
        }
        return bytes.toByteArray();
    }
}
