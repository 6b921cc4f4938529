package org.gcmkg.publish;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds the bounded description of a resource: its own statements, following the blank nodes it owns and the
 * resources whose IRIs lie under its own (an action's figures {@code …/action/7-3/figure/1}, a report's period);
 * the statements that point to it, up to a limit; and the labels of everything those statements mention
 * (resources, properties and classes), so that a reader needs no further request to name them.
 */
public final class ResourceDescriber {
    /** The properties read as labels, in every language the data has. */
    public static final List<Node> LABEL_PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            DCTerms.title.asNode(), FOAF.name.asNode());

    private final int inboundLimit;

    /** A describer that lists at most {@code inboundLimit} inbound links per resource. */
    public ResourceDescriber(int inboundLimit) {
        this.inboundLimit = inboundLimit;
    }

    /**
     * Describes {@code resource} from {@code source}. A caller reading a transactional dataset holds a read
     * transaction around this call.
     */
    public Description describe(Graph source, Node resource) {
        Graph out = RdfOutput.newGraph();
        int own = addOwnStatements(source, resource, out);

        int total = 0;
        int shown = 0;
        ExtendedIterator<Triple> inbound = source.find(Node.ANY, Node.ANY, resource);
        try {
            while (inbound.hasNext()) {
                Triple t = inbound.next();
                // A blank node cannot be linked to, and a statement of the resource about itself is already in.
                if (t.getSubject().isBlank() || t.getSubject().equals(resource)) {
                    continue;
                }
                total++;
                if (shown < inboundLimit) {
                    out.add(t);
                    shown++;
                }
            }
        } finally {
            inbound.close();
        }

        addLabels(source, out);
        return new Description(resource, out, own, shown, total);
    }

    private static int addOwnStatements(Graph source, Node resource, Graph out) {
        int count = 0;
        String childPrefix = resource.isURI() ? resource.getURI() + "/" : null;
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.push(resource);
        seen.add(resource);
        while (!todo.isEmpty()) {
            Node subject = todo.pop();
            for (Triple t : source.find(subject, Node.ANY, Node.ANY).toList()) {
                out.add(t);
                count++;
                Node o = t.getObject();
                boolean owned = o.isBlank() || childPrefix != null && o.isURI() && o.getURI().startsWith(childPrefix);
                if (owned && seen.add(o)) {
                    todo.push(o);
                }
            }
        }
        return count;
    }

    private static void addLabels(Graph source, Graph out) {
        Set<Node> mentioned = new HashSet<>();
        out.find().forEachRemaining(t -> {
            mentioned.add(t.getSubject());
            mentioned.add(t.getPredicate());
            mentioned.add(t.getObject());
        });
        for (Node n : mentioned) {
            if (!n.isURI()) {
                continue;
            }
            for (Node p : LABEL_PROPERTIES) {
                source.find(n, p, Node.ANY).forEachRemaining(out::add);
            }
        }
    }
}
