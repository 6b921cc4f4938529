package org.gcmkg.ingest;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.P_Link;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;

/** Builds the gate's own results as SHACL report entries, with the message in English and Spanish. */
final class GateResults {
    /** Base of the gate's rule identifiers, which name the source shape of each result. */
    static final String RULE_BASE = "https://w3id.org/gcm/shapes#";
    /** The constraint component the gate's own rules report under. */
    static final Node GATE_COMPONENT = NodeFactory.createURI(RULE_BASE + "SubmissionGateComponent");

    private GateResults() {
    }

    /** The IRI of rule {@code name}. */
    static Node rule(String name) {
        return NodeFactory.createURI(RULE_BASE + name);
    }

    /** A Violation of {@code rule} at {@code focus} (path and value may be null) with message {@code key}. */
    static ReportEntry violation(Node rule, Node focus, Node path, Node value, String key, Object... namesAndValues) {
        ReportEntry entry = ReportEntry.create()
                .focusNode(focus)
                .severity(Severity.Violation)
                .source(rule)
                .sourceConstraintComponent(GATE_COMPONENT);
        if (path != null) {
            entry.resultPath(new P_Link(path));
        }
        if (value != null) {
            entry.value(value);
        }
        for (Language language : Language.values()) {
            Messages messages = Messages.of("gate", language);
            Map<String, Object> arguments = new HashMap<>();
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                Object v = namesAndValues[i + 1];
                arguments.put(String.valueOf(namesAndValues[i]), v instanceof Text t ? messages.format(t.key()) : v);
            }
            entry.message(NodeFactory.createLiteralLang(messages.format(key, arguments), language.code()));
        }
        return entry;
    }

    /** An argument that is itself a message of the bundle, given in the language of the message it goes into. */
    record Text(String key) {
    }
}
