package org.gcmkg.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.vocab.Gcm;

/** The accepted submissions of a store: each a named graph plus a record in the records graph. */
public final class Submissions {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final DatasetGraph dataset;

    /** The submissions of {@code dataset}. */
    public Submissions(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Checks an identifier: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64. */
    public static String checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid submission identifier '" + id
                    + "': use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return id;
    }

    /** The records of every submission, by identifier. */
    public List<SubmissionRecord> list() {
        return Txn.calculateRead(dataset, () -> {
            Graph records = dataset.getGraph(Gcm.SUBMISSION_RECORDS_GRAPH);
            return SubmissionRecord.ids(records).stream()
                    .map(id -> SubmissionRecord.read(records, id).orElseThrow()).toList();
        });
    }

    /** The record of one submission. */
    public Optional<SubmissionRecord> get(String id) {
        return Txn.calculateRead(dataset, () -> SubmissionRecord.read(dataset.getGraph(Gcm.SUBMISSION_RECORDS_GRAPH), id));
    }

    /** A copy of the statements of one submission. */
    public Optional<Graph> content(String id) {
        return Txn.calculateRead(dataset, () -> {
            if (SubmissionRecord.read(dataset.getGraph(Gcm.SUBMISSION_RECORDS_GRAPH), id).isEmpty()) {
                return Optional.empty();
            }
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.getGraph(Gcm.submissionGraph(id)).find().forEachRemaining(copy::add);
            return Optional.of(copy);
        });
    }

    /**
     * What the stored submissions other than {@code exceptId} say about some IRIs.
     *
     * @param owners     for each IRI that another submission describes (as a subject), that submission's identifier
     * @param statements those submissions' statements about the IRIs, with the blank nodes the statements reach
     */
    public record Referenced(Map<Node, String> owners, Graph statements) {
    }

    /**
     * The statements of the other stored submissions about {@code iris}, looked up by subject in the store's
     * indexes, so that the cost grows with the submission, not with the store.
     */
    public Referenced about(Collection<Node> iris, String exceptId) {
        try (Lookup lookup = lookup(Set.of(), exceptId)) {
            iris.forEach(lookup::look);
            return lookup.referenced();
        }
    }

    /**
     * A lookup of what the stored submissions other than {@code exceptId} say about the IRIs of triples given one at
     * a time (but not the IRIs in {@code skip}), in one read transaction until it is closed: the gate feeds it each
     * triple as the parse delivers it, so the lookups run while the parser reads on. To be used on one thread.
     */
    public Lookup lookup(Set<Node> skip, String exceptId) {
        return new Lookup(skip, exceptId == null ? null : Gcm.submissionGraph(exceptId));
    }

    /** See {@link #lookup}. */
    public final class Lookup implements AutoCloseable {
        private final Set<Node> skip;
        private final Node except;
        private final boolean began;
        private final Set<Node> looked = new HashSet<>();
        private final Map<Node, String> owners = new HashMap<>();
        private final Graph statements = GraphFactory.createDefaultGraph();
        private Node lastSubject;

        private Lookup(Set<Node> skip, Node except) {
            this.skip = skip;
            this.except = except;
            this.began = !dataset.isInTransaction();
            if (began) {
                dataset.begin(TxnType.READ);
            }
        }

        /** Looks up the subject and the object of {@code triple}. */
        public void add(Triple triple) {
            // A parser gives a subject's statements one after another, with the same node: it was looked up already.
            if (triple.getSubject() != lastSubject) {
                lastSubject = triple.getSubject();
                look(lastSubject);
            }
            look(triple.getObject());
        }

        void look(Node iri) {
            if (!iri.isURI() || skip.contains(iri) || !looked.add(iri)) {
                return;
            }
            dataset.find(Node.ANY, iri, Node.ANY, Node.ANY).forEachRemaining(q -> {
                Node g = q.getGraph();
                if (stored(g)) {
                    owners.putIfAbsent(iri, g.getURI().substring(Gcm.SUBMISSION_GRAPH_BASE.length()));
                    statements.add(q.asTriple());
                    addBlankNodes(g, q.getObject(), statements, new HashSet<>());
                }
            });
        }

        /** What was found, with the types of what those statements point to, so that sh:class sees them. */
        public Referenced referenced() {
            Set<Node> values = new HashSet<>();
            statements.find().forEachRemaining(t -> {
                if (t.getObject().isURI() && !looked.contains(t.getObject())) {
                    values.add(t.getObject());
                }
            });
            for (Node value : values) {
                dataset.find(Node.ANY, value, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
                    if (stored(q.getGraph())) {
                        statements.add(q.asTriple());
                    }
                });
            }
            return new Referenced(owners, statements);
        }

        private boolean stored(Node g) {
            return g.isURI() && g.getURI().startsWith(Gcm.SUBMISSION_GRAPH_BASE) && !g.equals(except);
        }

        @Override
        public void close() {
            if (began) {
                dataset.end();
            }
        }
    }

    private void addBlankNodes(Node graph, Node node, Graph into, Set<Node> seen) {
        if (!node.isBlank() || !seen.add(node)) {
            return;
        }
        dataset.find(graph, node, Node.ANY, Node.ANY).forEachRemaining(q -> {
            into.add(q.asTriple());
            addBlankNodes(graph, q.getObject(), into, seen);
        });
    }

    /** The identifier of a stored submission other than {@code exceptId} whose bytes have this SHA-256, if any. */
    public Optional<String> withSha256(String sha256, String exceptId) {
        // One lookup in the store's object index, not a read of every record: the cost does not grow with the store.
        return Txn.calculateRead(dataset, () -> SubmissionRecord.idsWithSha256(
                dataset.getGraph(Gcm.SUBMISSION_RECORDS_GRAPH), sha256).stream()
                .filter(id -> !id.equals(exceptId)).findFirst());
    }

    /** A copy of the statements of every submission except {@code exceptId} (which may be null). */
    public Graph allExcept(String exceptId) {
        return Txn.calculateRead(dataset, () -> {
            Graph all = GraphFactory.createDefaultGraph();
            Graph records = dataset.getGraph(Gcm.SUBMISSION_RECORDS_GRAPH);
            for (String id : SubmissionRecord.ids(records)) {
                if (!id.equals(exceptId)) {
                    dataset.getGraph(Gcm.submissionGraph(id)).find().forEachRemaining(all::add);
                }
            }
            return all;
        });
    }

    /**
     * Stores a submission in one write transaction, replacing any previous one with the same identifier when
     * {@code replace} is true. Returns false (and stores nothing) if the identifier is taken and {@code replace}
     * is false, or free and {@code replace} is true.
     */
    public boolean store(SubmissionRecord record, Graph content, boolean replace) {
        return Txn.calculateWrite(dataset, () -> {
            Graph records = dataset.getGraph(Gcm.SUBMISSION_RECORDS_GRAPH);
            boolean exists = SubmissionRecord.read(records, record.id()).isPresent();
            if (exists != replace) {
                return false;
            }
            deleteIn(record.id());
            Node graph = Gcm.submissionGraph(record.id());
            content.find().forEachRemaining(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            record.toTriples().forEach(t ->
                    dataset.add(Gcm.SUBMISSION_RECORDS_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            return true;
        });
    }

    /** Removes a submission and its record in one transaction; false if there was none. */
    public boolean remove(String id) {
        return Txn.calculateWrite(dataset, () -> {
            if (SubmissionRecord.read(dataset.getGraph(Gcm.SUBMISSION_RECORDS_GRAPH), id).isEmpty()) {
                return false;
            }
            deleteIn(id);
            return true;
        });
    }

    private void deleteIn(String id) {
        dataset.deleteAny(Gcm.submissionGraph(id), Node.ANY, Node.ANY, Node.ANY);
        dataset.deleteAny(Gcm.SUBMISSION_RECORDS_GRAPH, Gcm.submissionRecord(id), Node.ANY, Node.ANY);
    }
}
