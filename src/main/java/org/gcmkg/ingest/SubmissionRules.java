package org.gcmkg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.vocab.Gcm;

/**
 * The gate's rules that look at a submission alone, against the ontology, the shapes and the curated data: which
 * edition it names, whether it holds a GCM resource, whether its terms are declared and its properties allowed by
 * the shapes, and whether its values can be written as XML. Built once per project; thread-safe.
 */
final class SubmissionRules {
    static final Node ONE_EDITION = GateResults.rule("SubmissionHasOneEdition");
    static final Node EDITION = GateResults.rule("SubmissionEdition");
    static final Node GCM_RESOURCE = GateResults.rule("SubmissionHasGcmResource");
    static final Node SERVICE_TERMS = GateResults.rule("ServiceTermsAreReserved");
    static final Node DECLARED_TERMS = GateResults.rule("TermsAreDeclared");
    static final Node ALLOWED_PROPERTIES = GateResults.rule("PropertiesAllowedByShapes");
    static final Node XML_CHARACTERS = GateResults.rule("ValuesAreXmlCharacters");

    private static final Pattern EDITION_IRI = Pattern.compile(
            "^" + Pattern.quote(Gcm.BASE + "report/") + "[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern ALPHA3 = Pattern.compile("^[A-Za-z]{3}$");

    private final Graph context;
    private final Set<Node> declaredTerms = new HashSet<>();
    private final Set<Node> serviceTerms = new HashSet<>();
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();
    private final Map<Node, Set<Node>> allowedByClass = new HashMap<>();

    SubmissionRules(Graph ontology, Graph context, Shapes shapes) {
        this.context = context;
        ontology.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Gcm.NS)) {
                declaredTerms.add(t.getSubject());
            }
        });
        serviceTerms.add(Gcm.SUBMISSION);
        ontology.find(Node.ANY, RDFS.domain.asNode(), Gcm.SUBMISSION).forEachRemaining(t -> serviceTerms.add(t.getSubject()));
        for (Shape shape : shapes.getTargetShapes()) {
            for (Target target : shape.getTargets()) {
                if (target.getTargetType() == TargetType.targetClass) {
                    Set<Node> allowed = allowedByClass.computeIfAbsent(target.getObject(), k -> new HashSet<>());
                    for (PropertyShape ps : shape.getPropertyShapes()) {
                        if (ps.getPath() instanceof P_Link link) {
                            allowed.add(link.getNode());
                        }
                    }
                }
            }
        }
        // The shapes are not closed themselves: besides their paths, a class allows the properties the ontology
        // gives it as domain and those the curated data already uses on it.
        for (Map.Entry<Node, Set<Node>> e : allowedByClass.entrySet()) {
            ontology.find(Node.ANY, RDFS.domain.asNode(), e.getKey()).forEachRemaining(t -> e.getValue().add(t.getSubject()));
        }
        context.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(type -> {
            for (Node c : superClassesOf(type.getObject())) {
                Set<Node> allowed = allowedByClass.get(c);
                if (allowed != null) {
                    context.find(type.getSubject(), Node.ANY, Node.ANY).forEachRemaining(t -> allowed.add(t.getPredicate()));
                }
            }
        });
    }

    /** What a submission says about its edition. */
    record Edition(Node iri, String namespace, Optional<String> countryCode) {
    }

    /** The one valid edition a submission names, if it names exactly one that is not curated; adds results. */
    Optional<Edition> edition(Graph submission, Node wholeSubmission, List<ReportEntry> results) {
        Set<Node> editions = namedEditions(submission);
        if (editions.isEmpty()) {
            results.add(GateResults.violation(ONE_EDITION, wholeSubmission, null, null, "edition.none"));
            return Optional.empty();
        }
        if (editions.size() > 1) {
            List<Node> sorted = new ArrayList<>(editions);
            sorted.sort((a, b) -> a.toString().compareTo(b.toString()));
            for (Node e : sorted) {
                results.add(GateResults.violation(ONE_EDITION, e, Gcm.IN_REPORT, e, "edition.many", "count", sorted.size()));
            }
            return Optional.empty();
        }
        Node edition = editions.iterator().next();
        if (!edition.isURI() || !EDITION_IRI.matcher(edition.getURI()).matches()) {
            results.add(GateResults.violation(EDITION, edition, null, null, "edition.iri", "iri", edition.toString()));
            return Optional.empty();
        }
        if (context.contains(edition, Node.ANY, Node.ANY)) {
            results.add(GateResults.violation(EDITION, edition, null, null, "edition.curated", "iri", edition.getURI()));
            return Optional.empty();
        }
        if (!submission.contains(edition, RDF.type.asNode(), Gcm.REPORT)) {
            results.add(GateResults.violation(EDITION, edition, null, null, "edition.undescribed", "iri", edition.getURI()));
            return Optional.empty();
        }
        Optional<String> code = submission.find(edition, Gcm.COUNTRY, Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isURI)
                .map(n -> n.getURI().substring(n.getURI().lastIndexOf('/') + 1))
                .filter(c -> ALPHA3.matcher(c).matches()).map(c -> c.toLowerCase(java.util.Locale.ROOT)).findFirst();
        return Optional.of(new Edition(edition, edition.getURI() + "/", code));
    }

    /** The editions a submission names: the values of {@code gcm:inReport} and the {@code gcm:Report}s. */
    static Set<Node> namedEditions(Graph submission) {
        Set<Node> editions = new LinkedHashSet<>();
        submission.find(Node.ANY, Gcm.IN_REPORT, Node.ANY).forEachRemaining(t -> editions.add(t.getObject()));
        submission.find(Node.ANY, RDF.type.asNode(), Gcm.REPORT).forEachRemaining(t -> editions.add(t.getSubject()));
        return editions;
    }

    /** A submission holds at least one resource typed with a declared class of the GCM ontology. */
    void gcmResource(Graph submission, Node wholeSubmission, List<ReportEntry> results) {
        boolean found = submission.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).anyMatch(c -> declaredTerms.contains(c) && !serviceTerms.contains(c));
        if (!found) {
            results.add(GateResults.violation(GCM_RESOURCE, wholeSubmission, null, null, "gcm.none"));
        }
    }

    /**
     * Terms of the GCM namespace must be declared in the ontology; the service's own terms (its submission records)
     * may not be used; the properties of a resource of a class that a shape targets must be ones that the shapes of
     * its classes (and their superclasses) name, besides {@code rdf:type}; values must be XML characters.
     */
    void vocabulary(Graph submission, Set<Node> readOnlySubjects, List<ReportEntry> results) {
        // The terms a submission uses are few and come back as the same parsed nodes statement after statement:
        // each is checked once, by identity; statements about one subject come together, so its allowed properties
        // are looked up once per run of statements.
        Map<Node, Boolean> termChecked = new IdentityHashMap<>();
        Map<Node, Set<Node>> allowedCache = new HashMap<>();
        Node lastSubject = null;
        Set<Node> allowed = null;
        ExtendedIterator<Triple> it = submission.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                for (Node term : new Node[] {t.getPredicate(), t.getObject()}) {
                    if (term.isURI() && term.getURI().startsWith(Gcm.NS)) {
                        term(t, term, termChecked, results);
                    }
                }
                characters(t, results);
                Node subject = t.getSubject();
                if (subject != lastSubject) {
                    lastSubject = subject;
                    allowed = readOnlySubjects.contains(subject) ? null
                            : allowedCache.computeIfAbsent(subject, s -> allowedProperties(submission, s));
                }
                if (allowed != null && !t.getPredicate().equals(RDF.type.asNode()) && !allowed.contains(t.getPredicate())) {
                    results.add(GateResults.violation(ALLOWED_PROPERTIES, subject, t.getPredicate(), t.getObject(),
                            "property.notAllowed", "property", t.getPredicate().toString(),
                            "type", shortName(shapedType(submission, subject))));
                }
            }
        } finally {
            it.close();
        }
    }

    /**
     * Checks a term of the GCM namespace that {@code t} uses, unless this very node was checked: a term that fails is
     * reported with every statement that uses it.
     */
    private void term(Triple t, Node term, Map<Node, Boolean> checked, List<ReportEntry> results) {
        if (checked.computeIfAbsent(term, n -> !serviceTerms.contains(n) && declaredTerms.contains(n))) {
            return;
        }
        if (serviceTerms.contains(term)) {
            results.add(GateResults.violation(SERVICE_TERMS, t.getSubject(), t.getPredicate(), t.getObject(),
                    "terms.service", "term", term.getURI()));
        } else {
            results.add(GateResults.violation(DECLARED_TERMS, t.getSubject(), t.getPredicate(), t.getObject(),
                    "terms.undeclared", "term", term.getURI()));
        }
    }

    /** The properties allowed on {@code subject}, or null when none of its classes is targeted by a shape. */
    private Set<Node> allowedProperties(Graph submission, Node subject) {
        Set<Node> allowed = null;
        for (Triple type : submission.find(subject, RDF.type.asNode(), Node.ANY).toList()) {
            for (Node c : superClassesOf(type.getObject())) {
                Set<Node> byShape = allowedByClass.get(c);
                if (byShape != null) {
                    allowed = allowed == null ? new HashSet<>() : allowed;
                    allowed.addAll(byShape);
                }
            }
        }
        return allowed;
    }

    private Node shapedType(Graph submission, Node subject) {
        for (Triple type : submission.find(subject, RDF.type.asNode(), Node.ANY).toList()) {
            if (superClassesOf(type.getObject()).stream().anyMatch(allowedByClass::containsKey)) {
                return type.getObject();
            }
        }
        return RDFS.Resource.asNode();
    }

    /** A class with all its superclasses in the ontology (rdfs:subClassOf, transitively). */
    Set<Node> superClassesOf(Node type) {
        synchronized (superClasses) {
            return superClasses.computeIfAbsent(type, t -> {
                Set<Node> all = new LinkedHashSet<>();
                List<Node> todo = new ArrayList<>(List.of(t));
                while (!todo.isEmpty()) {
                    Node c = todo.remove(todo.size() - 1);
                    if (all.add(c)) {
                        context.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(s -> todo.add(s.getObject()));
                    }
                }
                return all;
            });
        }
    }

    private static void characters(Triple t, List<ReportEntry> results) {
        // Scanning a short string again is cheaper than looking it up in a set as large as the submission.
        for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
            String text = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : null;
            int bad = text == null ? -1 : firstNonXmlCharacter(text);
            if (bad >= 0) {
                results.add(GateResults.violation(XML_CHARACTERS, t.getSubject(), t.getPredicate(), null, "chars.xml",
                        "code", String.format("%04X", text.codePointAt(bad)), "position", Integer.toString(bad + 1)));
                return;
            }
        }
    }

    /** The index of the first character XML 1.0 cannot carry (its {@code Char} production), or -1. */
    static int firstNonXmlCharacter(String text) {
        for (int i = 0; i < text.length(); ) {
            char ch = text.charAt(i);
            if (ch >= 0x20 && ch < 0xD800) {
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!ok) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private static String shortName(Node type) {
        String iri = type.getURI();
        return iri.startsWith(Gcm.NS) ? "gcm:" + iri.substring(Gcm.NS.length()) : "<" + iri + ">";
    }
}
