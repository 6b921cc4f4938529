package org.gcmkg.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The data a workbook is read against: the ontology, the curated data and the stored submissions, as one graph.
 * It answers the questions the mapping asks: instances and subclasses of a class, labels, acronyms.
 */
public final class DataContext {
    private final Graph graph;
    private final Map<Node, Set<Node>> subClasses = new HashMap<>();

    /** A context over {@code graph}, which is not copied and must not change while this is in use. */
    public DataContext(Graph graph) {
        this.graph = graph;
    }

    /** The graph behind this context. */
    public Graph graph() {
        return graph;
    }

    /** A class and all its subclasses in the ontology. */
    synchronized Set<Node> withSubClasses(Node type) {
        return subClasses.computeIfAbsent(type, t -> {
            Set<Node> all = new LinkedHashSet<>();
            List<Node> todo = new ArrayList<>(List.of(t));
            while (!todo.isEmpty()) {
                Node c = todo.remove(todo.size() - 1);
                if (all.add(c)) {
                    graph.find(Node.ANY, RDFS.subClassOf.asNode(), c).forEachRemaining(s -> todo.add(s.getSubject()));
                }
            }
            return all;
        });
    }

    /** A class and all its superclasses in the ontology. */
    Set<Node> withSuperClasses(Node type) {
        Set<Node> all = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            Node c = todo.remove(todo.size() - 1);
            if (all.add(c)) {
                graph.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(s -> todo.add(s.getObject()));
            }
        }
        return all;
    }

    /** The strict subclasses of {@code type}, sorted by IRI. */
    List<Node> subClassesOf(Node type) {
        List<Node> all = new ArrayList<>(withSubClasses(type));
        all.remove(type);
        all.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return all;
    }

    /** The IRIs typed with {@code type} or one of its subclasses. */
    Set<Node> instances(Node type) {
        Set<Node> result = new LinkedHashSet<>();
        for (Node c : withSubClasses(type)) {
            graph.find(Node.ANY, RDF.type.asNode(), c).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    result.add(t.getSubject());
                }
            });
        }
        return result;
    }

    /** The literal values of {@code property} on {@code subject}. */
    List<Node> literals(Node subject, String property) {
        List<Node> values = new ArrayList<>();
        graph.find(subject, NodeFactory.createURI(property), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                values.add(t.getObject());
            }
        });
        return values;
    }

    /** The preferred label of {@code subject} in {@code lang}, if any. */
    Optional<String> label(Node subject, String lang) {
        for (Triple t : graph.find(subject, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
            if (t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equals(lang)) {
                return Optional.of(t.getObject().getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    /** Whether the context says anything about {@code node} as a subject. */
    boolean describes(Node node) {
        return graph.contains(node, Node.ANY, Node.ANY);
    }
}
