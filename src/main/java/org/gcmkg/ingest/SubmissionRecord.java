package org.gcmkg.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.vocab.Gcm;

/**
 * The metadata of an accepted submission.
 *
 * @param id          its identifier
 * @param institution the submitting institution, when given
 * @param received    when it was received
 * @param tripleCount how many distinct triples it holds
 * @param sha256      the SHA-256 of the submitted bytes
 * @param edition     the report edition it belongs to, when it names one
 */
public record SubmissionRecord(String id, Optional<String> institution, Instant received, long tripleCount,
                               String sha256, Optional<String> edition) {
    private static final Node SUBMISSION_GRAPH = NodeFactory.createURI(Gcm.NS + "submissionGraph");
    private static final Node SUBMITTED_BY = NodeFactory.createURI(Gcm.NS + "submittedBy");
    private static final Node EDITION = NodeFactory.createURI(Gcm.NS + "edition");
    private static final Node TRIPLE_COUNT = NodeFactory.createURI(Gcm.NS + "tripleCount");
    private static final Node SHA256 = NodeFactory.createURI(Gcm.NS + "sha256");

    /** The record as triples about {@code https://w3id.org/gcm/submission/{id}}. */
    public List<Triple> toTriples() {
        Node s = Gcm.submissionRecord(id);
        List<Triple> triples = new ArrayList<>();
        triples.add(Triple.create(s, RDF.type.asNode(), Gcm.SUBMISSION));
        triples.add(Triple.create(s, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id)));
        triples.add(Triple.create(s, SUBMISSION_GRAPH, Gcm.submissionGraph(id)));
        triples.add(Triple.create(s, DCTerms.created.asNode(),
                NodeFactory.createLiteralDT(received.toString(), XSDDatatype.XSDdateTime)));
        triples.add(Triple.create(s, TRIPLE_COUNT,
                NodeFactory.createLiteralDT(Long.toString(tripleCount), XSDDatatype.XSDnonNegativeInteger)));
        triples.add(Triple.create(s, SHA256, NodeFactory.createLiteralString(sha256)));
        institution.ifPresent(i -> triples.add(Triple.create(s, SUBMITTED_BY, NodeFactory.createURI(i))));
        edition.ifPresent(e -> triples.add(Triple.create(s, EDITION, NodeFactory.createURI(e))));
        return triples;
    }

    /** Reads the record of {@code id} from the records graph, if there is one. */
    public static Optional<SubmissionRecord> read(Graph records, String id) {
        Node s = Gcm.submissionRecord(id);
        if (!records.contains(s, RDF.type.asNode(), Gcm.SUBMISSION)) {
            return Optional.empty();
        }
        return Optional.of(new SubmissionRecord(id,
                object(records, s, SUBMITTED_BY).map(Node::getURI),
                Instant.parse(object(records, s, DCTerms.created.asNode()).orElseThrow().getLiteralLexicalForm()),
                Long.parseLong(object(records, s, TRIPLE_COUNT).orElseThrow().getLiteralLexicalForm()),
                object(records, s, SHA256).orElseThrow().getLiteralLexicalForm(),
                object(records, s, EDITION).map(Node::getURI)));
    }

    /** The identifiers of every record in the records graph. */
    public static List<String> ids(Graph records) {
        List<String> ids = new ArrayList<>();
        records.find(Node.ANY, RDF.type.asNode(), Gcm.SUBMISSION).forEachRemaining(t ->
                ids.add(t.getSubject().getURI().substring(Gcm.SUBMISSION_BASE.length())));
        ids.sort(null);
        return ids;
    }

    /** The identifiers, in order, of the records whose submitted bytes have the SHA-256 {@code sha256}. */
    public static List<String> idsWithSha256(Graph records, String sha256) {
        List<String> ids = new ArrayList<>();
        records.find(Node.ANY, SHA256, NodeFactory.createLiteralString(sha256)).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(Gcm.SUBMISSION_BASE)
                    && records.contains(s, RDF.type.asNode(), Gcm.SUBMISSION)) {
                ids.add(s.getURI().substring(Gcm.SUBMISSION_BASE.length()));
            }
        });
        ids.sort(null);
        return ids;
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }
}
