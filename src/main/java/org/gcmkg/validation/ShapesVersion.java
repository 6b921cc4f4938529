package org.gcmkg.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.io.Checksums;

/**
 * Which shapes a report was made against: always the SHA-256 of the shapes files' bytes (concatenated in the order
 * they are read), which changes with any edit of them; and, when the shapes' {@code owl:Ontology} header states
 * them, its IRI, {@code owl:versionInfo} and {@code dct:modified}.
 *
 * @param iri         the IRI of the shapes' {@code owl:Ontology}, or null
 * @param versionInfo its {@code owl:versionInfo}, or null
 * @param modified    its {@code dct:modified} lexical form, or null
 * @param sha256      the SHA-256 of the shapes files, lower-case hexadecimal
 */
public record ShapesVersion(String iri, String versionInfo, String modified, String sha256) {
    private static final Node ONTOLOGY = OWL.Ontology.asNode();

    /** The version of the shapes read from {@code files}, whose parsed graph is {@code shapes}. */
    public static ShapesVersion of(List<Path> files, Graph shapes) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Path file : files) {
            try {
                all.write(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(all.toByteArray(), shapes);
    }

    /** The version of shapes whose bytes are {@code bytes} and whose parsed graph is {@code shapes}. */
    public static ShapesVersion of(byte[] bytes, Graph shapes) {
        return withSha256(Checksums.sha256(bytes), shapes);
    }

    /** The version of shapes whose files' bytes have the SHA-256 {@code sha256} and whose parsed graph is {@code shapes}. */
    public static ShapesVersion withSha256(String sha256, Graph shapes) {
        Optional<Node> header = shapes.find(Node.ANY, RDF.type.asNode(), ONTOLOGY).mapWith(Triple::getSubject)
                .filterKeep(Node::isURI).nextOptional();
        String iri = header.map(Node::getURI).orElse(null);
        String version = header.flatMap(h -> literal(shapes, h, OWL.versionInfo.asNode())).orElse(null);
        String modified = header.flatMap(h -> literal(shapes, h, DCTerms.modified.asNode())).orElse(null);
        return new ShapesVersion(iri, version, modified, sha256);
    }

    /** The IRI of the shapes as a node, or null. */
    Node node() {
        return iri == null ? null : NodeFactory.createURI(iri);
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).nextOptional();
    }
}
