package org.gcmkg.engines;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.impl.RDFLangString;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.repository.sail.SailRepositoryConnection;
import org.eclipse.rdf4j.sail.Sail;
import org.eclipse.rdf4j.sail.SailConnection;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclValidator;
import org.eclipse.rdf4j.sail.shacl.results.ValidationReport;

/**
 * Eclipse RDF4J as the second, independent engine of the cross-engine tests: an in-memory store loaded with the
 * same triples as Jena's, its SPARQL engine, and its SHACL validator. Terms cross between the two libraries as
 * they are (lexical form, datatype and language tag), so that results compare by term equality.
 */
final class Rdf4j {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private Rdf4j() {
    }

    /** A new in-memory RDF4J store holding the triples of the graphs, all in its default context. */
    static MemoryStore store(Graph... graphs) {
        MemoryStore store = new MemoryStore();
        store.init();
        try (SailConnection c = store.getConnection()) {
            c.begin();
            for (Graph g : graphs) {
                g.find().forEachRemaining(t -> c.addStatement(
                        (Resource) value(t.getSubject()), (IRI) value(t.getPredicate()), value(t.getObject())));
            }
            c.commit();
        }
        return store;
    }

    /** Runs a SELECT query in RDF4J's SPARQL engine and returns its rows as Jena nodes (null for unbound). */
    static List<List<Node>> select(Sail store, String sparql, List<String> vars) {
        SailRepository repo = new SailRepository(store);
        try (SailRepositoryConnection c = repo.getConnection()) {
            TupleQuery q = c.prepareTupleQuery(sparql);
            List<List<Node>> rows = new ArrayList<>();
            try (TupleQueryResult result = q.evaluate()) {
                for (BindingSet b : result) {
                    List<Node> row = new ArrayList<>();
                    for (String v : vars) {
                        Value value = b.getValue(v);
                        row.add(value == null ? null : node(value));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** Validates the data graph against the shapes graph with RDF4J's SHACL engine; the report as a Jena model. */
    static Model validate(Graph shapes, Graph data) {
        MemoryStore shapesStore = store(shapes);
        MemoryStore dataStore = store(data);
        try {
            ValidationReport report = ShaclValidator.validate(dataStore, shapesStore);
            Model model = ModelFactory.createDefaultModel();
            for (Statement s : report.asModel()) {
                model.getGraph().add(Triple.create(node(s.getSubject()), node(s.getPredicate()), node(s.getObject())));
            }
            return model;
        } finally {
            shapesStore.shutDown();
            dataStore.shutDown();
        }
    }

    static Value value(Node n) {
        if (n.isURI()) {
            return VF.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return VF.createBNode(n.getBlankNodeLabel());
        }
        if (!n.getLiteralLanguage().isEmpty()) {
            return VF.createLiteral(n.getLiteralLexicalForm(), n.getLiteralLanguage());
        }
        return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
    }

    static Node node(Value v) {
        if (v instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (v instanceof BNode b) {
            return NodeFactory.createBlankNode(b.getID());
        }
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        }
        if (l.getDatatype().stringValue().equals(RDFLangString.rdfLangString.getURI())) {
            throw new IllegalStateException("language string without a language: " + l);
        }
        return NodeFactory.createLiteralDT(l.getLabel(),
                org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }
}
