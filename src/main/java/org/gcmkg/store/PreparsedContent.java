package org.gcmkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The embedded content already parsed: the ontology, the shapes and each curated data area, as the build read them
 * from their Turtle files, written in one RDF Thrift stream ({@value #FILE} beside the content, by
 * {@link ContentDigest}) so that a command run from the jar reads binary RDF instead of parsing Turtle. The stream
 * starts with the digest of the files it was made from ({@link ProjectFiles#digestOfFiles()}) and the SHA-256 of the
 * shapes files, which a report states; it is used only when that digest is the content's.
 */
public final class PreparsedContent {
    /** The file beside the embedded content. */
    public static final String FILE = "curated.rt";

    private static final String NS = "urn:x-gcm-kg:preparsed:";
    private static final Node META_GRAPH = NodeFactory.createURI(NS + "meta");
    private static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(NS + "ontology");
    private static final Node SHAPES_GRAPH = NodeFactory.createURI(NS + "shapes");
    private static final String AREA_GRAPH = NS + "area:";
    private static final Node CONTENT = NodeFactory.createURI(NS + "content");
    private static final Node DIGEST = NodeFactory.createURI(NS + "digest");
    private static final Node SHAPES_SHA256 = NodeFactory.createURI(NS + "shapesSha256");
    private static final Node AREA = NodeFactory.createURI(NS + "area");

    private final Graph ontology;
    private final Graph shapes;
    private final String shapesSha256;
    private final Map<String, Graph> areas;

    private PreparsedContent(Graph ontology, Graph shapes, String shapesSha256, Map<String, Graph> areas) {
        this.ontology = ontology;
        this.shapes = shapes;
        this.shapesSha256 = shapesSha256;
        this.areas = areas;
    }

    /** The content as parsed from its files: ontology, shapes (with their files' SHA-256) and data areas. */
    static PreparsedContent of(Graph ontology, Graph shapes, String shapesSha256, Map<String, Graph> areas) {
        return new PreparsedContent(ontology, shapes, shapesSha256, Collections.unmodifiableMap(new TreeMap<>(areas)));
    }

    /** The ontology. */
    public Graph ontology() {
        return ontology;
    }

    /** The shapes, all shapes files in one graph. */
    public Graph shapes() {
        return shapes;
    }

    /** The SHA-256 of the shapes files' bytes, concatenated in the order they are read. */
    public String shapesSha256() {
        return shapesSha256;
    }

    /** Each curated data area's graph, by area name, in name order. */
    public Map<String, Graph> areas() {
        return areas;
    }

    /** Writes the content, made from files whose digest is {@code digest}, as RDF Thrift. */
    void write(OutputStream out, String digest) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
        stream.start();
        stream.quad(Quad.create(META_GRAPH, CONTENT, DIGEST, NodeFactory.createLiteralString(digest)));
        stream.quad(Quad.create(META_GRAPH, CONTENT, SHAPES_SHA256, NodeFactory.createLiteralString(shapesSha256)));
        areas.keySet().forEach(a -> stream.quad(Quad.create(META_GRAPH, CONTENT, AREA,
                NodeFactory.createLiteralString(a))));
        writeGraph(stream, ONTOLOGY_GRAPH, ontology);
        writeGraph(stream, SHAPES_GRAPH, shapes);
        areas.forEach((area, graph) -> writeGraph(stream, NodeFactory.createURI(AREA_GRAPH + area), graph));
        stream.finish();
    }

    private static void writeGraph(StreamRDF stream, Node name, Graph graph) {
        graph.find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
    }

    /**
     * Reads content written by {@link #write}; empty when it was made from other files than those of digest
     * {@code digest} (the reading then stops at the stream's first statements).
     */
    static Optional<PreparsedContent> read(InputStream in, String digest) {
        Reader reader = new Reader(digest);
        try (in) {
            RDFParser.source(in).lang(RDFLanguages.RDFTHRIFT).parse(reader);
        } catch (OtherContent e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(reader.content());
    }

    /** Thrown by the reader to stop at a digest that is not the expected one. */
    private static final class OtherContent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OtherContent() {
            super(null, null, false, false);
        }
    }

    /** Sorts the stream's quads into their graphs, checking the digest first. */
    private static final class Reader extends StreamRDFBase {
        private final String expectedDigest;
        private final Graph ontology = GraphFactory.createDefaultGraph();
        private final Graph shapes = GraphFactory.createDefaultGraph();
        private final Map<Node, Graph> areaGraphs = new LinkedHashMap<>();
        private final List<String> areaNames = new ArrayList<>();
        private boolean digestMatches;
        private String shapesSha256;
        private Node lastGraph;
        private Graph last;

        Reader(String expectedDigest) {
            this.expectedDigest = expectedDigest;
        }

        @Override
        public void triple(Triple triple) {
            throw new OtherContent();
        }

        @Override
        public void quad(Quad quad) {
            Node g = quad.getGraph();
            if (g.equals(META_GRAPH)) {
                meta(quad.getPredicate(), quad.getObject().getLiteralLexicalForm());
                return;
            }
            if (!digestMatches || shapesSha256 == null) {
                throw new OtherContent();
            }
            if (!g.equals(lastGraph)) {
                last = graph(g);
                lastGraph = g;
            }
            last.add(quad.asTriple());
        }

        private void meta(Node property, String value) {
            if (property.equals(DIGEST)) {
                if (!value.equals(expectedDigest)) {
                    throw new OtherContent();
                }
                digestMatches = true;
            } else if (property.equals(SHAPES_SHA256)) {
                shapesSha256 = value;
            } else if (property.equals(AREA)) {
                areaNames.add(value);
                areaGraphs.put(NodeFactory.createURI(AREA_GRAPH + value), GraphFactory.createDefaultGraph());
            }
        }

        private Graph graph(Node g) {
            if (g.equals(ONTOLOGY_GRAPH)) {
                return ontology;
            }
            if (g.equals(SHAPES_GRAPH)) {
                return shapes;
            }
            Graph area = areaGraphs.get(g);
            if (area == null) {
                throw new OtherContent();
            }
            return area;
        }

        PreparsedContent content() {
            if (!digestMatches || shapesSha256 == null) {
                return null;
            }
            Map<String, Graph> areas = new LinkedHashMap<>();
            for (String name : areaNames) {
                areas.put(name, areaGraphs.get(NodeFactory.createURI(AREA_GRAPH + name)));
            }
            return of(ontology, shapes, shapesSha256, areas);
        }
    }
}
