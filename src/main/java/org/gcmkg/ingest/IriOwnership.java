package org.gcmkg.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.vocab.Gcm;

/**
 * Who may describe an IRI. A submission describes (uses as a subject) only IRIs of its own: its edition and the
 * IRIs under it, and institutions new to the data under {@code institution/{ccc}/{slug}}, {@code ccc} being the
 * edition's country. Everything the curated data, the ontology or the shapes describes is read-only (restating one
 * of their statements is harmless and allowed); so is what another stored submission describes, and every other
 * IRI under {@code https://w3id.org/gcm/} (the service's own and reserved ones).
 */
final class IriOwnership {
    static final Node CURATED = GateResults.rule("ReferenceDataIsReadOnly");
    static final Node STORED = GateResults.rule("StoredSubmissionsAreReadOnly");
    static final Node SERVICE = GateResults.rule("ServiceIrisAreReadOnly");
    static final Node MINTS = GateResults.rule("MintsInItsEdition");
    static final Node INSTITUTION = GateResults.rule("NewInstitutionIri");

    private static final Pattern NEW_INSTITUTION = Pattern.compile(
            "^" + Pattern.quote(Gcm.BASE + "institution/") + "([^/]+)/([^/]+)$");
    private static final String PLACEHOLDER_NAMESPACE = Gcm.BASE + "report/{edition-slug}/";

    private final Graph context;
    private final Set<Node> readOnlySubjects;
    private final SubmissionRules rules;

    IriOwnership(Graph context, Graph shapes, SubmissionRules rules) {
        this.context = context;
        this.rules = rules;
        Set<Node> subjects = new HashSet<>();
        context.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        shapes.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        this.readOnlySubjects = Set.copyOf(subjects);
    }

    /** The subjects of the curated data, the ontology and the shapes. */
    Set<Node> readOnlySubjects() {
        return readOnlySubjects;
    }

    /** Adds a result for every statement or subject of {@code submission} that it may not make. */
    void check(Graph submission, Optional<SubmissionRules.Edition> edition, Map<Node, String> owners,
               List<ReportEntry> results) {
        String namespace = edition.map(SubmissionRules.Edition::namespace).orElse(PLACEHOLDER_NAMESPACE);
        Set<Node> done = new HashSet<>();
        submission.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI()) {
                return;
            }
            if (readOnlySubjects.contains(s)) {
                if (!context.contains(t)) {
                    results.add(GateResults.violation(CURATED, s, t.getPredicate(), t.getObject(), "readonly.curated"));
                }
                return;
            }
            if (!done.add(s)) {
                return;
            }
            String iri = s.getURI();
            if (owners.containsKey(s)) {
                results.add(GateResults.violation(STORED, s, null, null, "readonly.submission",
                        "iri", iri, "id", owners.get(s)));
            } else if (edition.isPresent() && (s.equals(edition.get().iri()) || iri.startsWith(namespace))) {
                return;
            } else if (edition.isPresent() && NEW_INSTITUTION.matcher(iri).matches()) {
                institution(submission, s, edition.get(), results);
            } else if (iri.startsWith(Gcm.BASE)) {
                results.add(GateResults.violation(SERVICE, s, null, null, "readonly.service",
                        "iri", iri, "namespace", namespace));
            } else {
                results.add(GateResults.violation(MINTS, s, null, null, "mint.outside", "iri", iri, "namespace", namespace));
            }
        });
    }

    private void institution(Graph submission, Node s, SubmissionRules.Edition edition, List<ReportEntry> results) {
        Matcher m = NEW_INSTITUTION.matcher(s.getURI());
        m.matches();
        if (edition.countryCode().isEmpty() || !edition.countryCode().get().equals(m.group(1))) {
            Object expected = edition.countryCode().<Object>map(c -> Gcm.BASE + "institution/" + c + "/")
                    .orElse(new GateResults.Text("institution.noCountry"));
            results.add(GateResults.violation(INSTITUTION, s, null, null, "institution.country",
                    "iri", s.getURI(), "expected", expected));
            return;
        }
        boolean typed = submission.find(s, RDF.type.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> rules.superClassesOf(t.getObject()).contains(Gcm.INSTITUTION));
        if (!typed) {
            results.add(GateResults.violation(INSTITUTION, s, null, null, "institution.type", "iri", s.getURI()));
        }
    }
}
