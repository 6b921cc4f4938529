package org.gcmkg.publish;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

/** Labels of the resources in a graph, by language, and short names for resources that have none. */
final class Labels {
    private final Graph graph;

    Labels(Graph graph) {
        this.graph = graph;
    }

    /** The label in a language (or, failing that, one without a language tag), by the label properties' order. */
    Optional<String> label(Node n, String lang) {
        if (!n.isURI()) {
            return Optional.empty();
        }
        String untagged = null;
        for (Node p : ResourceDescriber.LABEL_PROPERTIES) {
            for (Triple t : graph.find(n, p, Node.ANY).toList()) {
                Node o = t.getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                if (lang.equalsIgnoreCase(o.getLiteralLanguage())) {
                    return Optional.of(o.getLiteralLexicalForm());
                }
                if (untagged == null && o.getLiteralLanguage().isEmpty()) {
                    untagged = o.getLiteralLexicalForm();
                }
            }
        }
        return Optional.ofNullable(untagged);
    }

    /** The label in a language, and only in that language. */
    Optional<String> exactLabel(Node n, String lang) {
        for (Node p : ResourceDescriber.LABEL_PROPERTIES) {
            for (Triple t : graph.find(n, p, Node.ANY).toList()) {
                if (t.getObject().isLiteral() && lang.equalsIgnoreCase(t.getObject().getLiteralLanguage())) {
                    return Optional.of(t.getObject().getLiteralLexicalForm());
                }
            }
        }
        return Optional.empty();
    }

    /** A short name: the English label, else the compact IRI, else the IRI. */
    String name(Node n) {
        return label(n, "en").orElseGet(() -> shortName(n));
    }

    /** The compact form of an IRI with the published prefixes, else the IRI itself. */
    static String shortName(Node n) {
        if (!n.isURI()) {
            return n.toString();
        }
        PrefixMapping p = Namespaces.PREFIXES;
        String compact = p.shortForm(n.getURI());
        return compact;
    }
}
