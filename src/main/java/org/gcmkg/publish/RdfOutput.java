package org.gcmkg.publish;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.XSD;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;

/** Writes a graph in one of the RDF representations, with the published prefixes. */
public final class RdfOutput {
    private RdfOutput() {
    }

    /** A new in-memory graph that carries the published prefixes. */
    public static Graph newGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Namespaces.PREFIXES);
        return g;
    }

    /**
     * The bytes of a graph in an RDF representation.
     *
     * @param graph      the graph
     * @param rep        an RDF representation (not HTML)
     * @param contextUrl the URL of the published JSON-LD context, which JSON-LD output refers to
     */
    public static byte[] write(Graph graph, Representation rep, String contextUrl) {
        Graph g = newGraph();
        graph.find().forEachRemaining(g::add);
        if (rep != Representation.JSON_LD) {
            keepUsedPrefixes(g);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (rep) {
            case TURTLE -> RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
            case RDF_XML -> RDFWriter.source(g).format(RDFFormat.RDFXML_PRETTY).output(out);
            case N_TRIPLES -> RDFWriter.source(g).format(RDFFormat.NTRIPLES_UTF8).output(out);
            case JSON_LD -> {
                return compactJsonLd(g, contextUrl).getBytes(StandardCharsets.UTF_8);
            }
            default -> throw new IllegalArgumentException(rep + " is not an RDF representation");
        }
        return out.toByteArray();
    }

    /** Drops the prefixes no IRI of the graph (or datatype of its literals) starts with, to keep output short. */
    private static void keepUsedPrefixes(Graph g) {
        Set<String> iris = new HashSet<>();
        g.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI()) {
                    iris.add(n.getURI());
                } else if (n.isLiteral() && n.getLiteralLanguage().isEmpty()
                        && !XSD.xstring.getURI().equals(n.getLiteralDatatypeURI())) {
                    iris.add(n.getLiteralDatatypeURI());
                }
            }
        });
        for (Map.Entry<String, String> e : Namespaces.PREFIXES.getNsPrefixMap().entrySet()) {
            if (iris.stream().noneMatch(iri -> iri.startsWith(e.getValue()))) {
                g.getPrefixMapping().removeNsPrefix(e.getKey());
            }
        }
    }

    /**
     * JSON-LD 1.1 compacted by Jena against a context made of the published prefixes, with that inline context
     * replaced by a reference to where the same context is published. Jena builds its compaction context from
     * the graph's prefixes exactly as {@link Namespaces#jsonLdContext()} does, so the reference is equivalent.
     */
    private static String compactJsonLd(Graph g, String contextUrl) {
        String compact = RDFWriter.source(g).format(RDFFormat.JSONLD11_PRETTY).asString();
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(compact))) {
            object = reader.readObject();
        }
        JsonObjectBuilder result = Json.createObjectBuilder().add("@context", contextUrl);
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            if (!"@context".equals(e.getKey())) {
                result.add(e.getKey(), e.getValue());
            }
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of("jakarta.json.stream.JsonGenerator.prettyPrinting",
                true)).createWriter(out)) {
            writer.write(result.build());
        }
        return out.toString().strip() + "\n";
    }
}
