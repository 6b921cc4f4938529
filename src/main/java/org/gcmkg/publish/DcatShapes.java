package org.gcmkg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** Our SHACL transcription of the DCAT-AP 3 mandatory rules, and validation of a catalogue against it. */
public final class DcatShapes {
    private static final String RESOURCE = "dcat-ap-mandatory.ttl";
    private static final Shapes SHAPES = Shapes.parse(read());

    private DcatShapes() {
    }

    /** Validates a catalogue graph. */
    public static ValidationReport validate(Graph catalogue) {
        return ShaclValidator.get().validate(SHAPES, catalogue);
    }

    private static Graph read() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = DcatShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }
}
