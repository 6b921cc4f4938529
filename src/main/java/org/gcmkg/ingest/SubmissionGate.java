package org.gcmkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.ReportEntry;
import org.gcmkg.store.Project;
import org.gcmkg.validation.Concurrently;
import org.gcmkg.validation.ValidationOutcome;

/**
 * The one gate every submission passes, whichever way it comes: {@code validate}, {@code ingest}, {@code POST
 * /validate} (and the web validator on it), {@code POST}/{@code PUT /submissions} and spreadsheets. They cannot
 * disagree because they all call this class.
 *
 * <h2>API</h2>
 * <ul>
 * <li>{@code new SubmissionGate(project)} checks against the ontology, shapes and curated data only (the
 * {@code validate} command); {@code new SubmissionGate(project, submissions)} also against the stored
 * submissions.</li>
 * <li>{@link #check(Graph, String)}: a parsed submission, and the identifier of the stored submission it would
 * replace (or null), gives a {@link ValidationOutcome} with every result in one list, SHACL's and the gate's own:
 * focus node, path, value, severity, the rule's IRI as source shape ({@code https://w3id.org/gcm/shapes#Rule}),
 * and messages in English and Spanish. {@link ValidationOutcome#accepted()} is the verdict.</li>
 * <li>{@link #check(SubmissionInput, String)}: the same from submitted bytes, parsed with the checks of
 * {@link org.gcmkg.io.InputScreen} (raises {@link org.gcmkg.io.RdfInputException}), plus the rule that the same
 * bytes are not stored already; {@link #duplicateOf} tells which submission holds them.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * Besides the SHACL shapes:
 * <ul>
 * <li>{@code SubmissionHasOneEdition}, {@code SubmissionEdition}: exactly one report edition is named
 * ({@code gcm:inReport} values and {@code gcm:Report}s), its IRI is {@code https://w3id.org/gcm/report/{slug}}, it
 * is not a curated edition and the submission describes it as a {@code gcm:Report}.</li>
 * <li>{@code SubmissionHasGcmResource}: at least one resource of a class of the GCM ontology.</li>
 * <li>IRI scheme: a submission describes only its edition, IRIs under {@code {edition}/} and institutions new to
 * the data under {@code https://w3id.org/gcm/institution/{ccc}/{slug}} ({@code ccc} the lowercase ISO 3166-1
 * alpha-3 code of the edition's {@code gcm:country}, typed as an institution: {@code NewInstitutionIri}). Read-only:
 * whatever the curated data, ontology or shapes describe ({@code ReferenceDataIsReadOnly}; restating their
 * statements is allowed), whatever another stored submission describes ({@code StoredSubmissionsAreReadOnly}),
 * every other IRI under {@code https://w3id.org/gcm/} ({@code ServiceIrisAreReadOnly}); IRIs elsewhere are not
 * the submission's to mint ({@code MintsInItsEdition}).</li>
 * <li>{@code TermsAreDeclared}: terms in the ontology's namespace are declared there; {@code
 * ServiceTermsAreReserved}: the terms of the service's submission records are not used.</li>
 * <li>{@code PropertiesAllowedByShapes}: a resource of a class a shape targets uses only {@code rdf:type} and the
 * property paths of the shapes of its classes and their superclasses (closed shapes).</li>
 * <li>{@code ValuesAreXmlCharacters}: IRIs and literals hold only characters XML 1.0 can carry.</li>
 * <li>{@code SubmissionIsNew}: the same bytes are not already stored (another submission than the one replaced).</li>
 * </ul>
 * Results about the submission as a whole have the focus node {@link #THIS_SUBMISSION}.
 *
 * <p>Cost: SHACL runs over a union view of the submission, the curated context and the statements of the stored
 * resources the submission mentions, looked up by subject (from submitted bytes, while the parser reads on); the
 * stored submissions are never copied. SHACL and the gate's own rules run side by side when a second core is free,
 * with the results in the same order either way.
 */
public final class SubmissionGate {
    /** The focus node of results about the submission as a whole. */
    public static final Node THIS_SUBMISSION = NodeFactory.createURI(GateResults.RULE_BASE + "ThisSubmission");
    /** The rule of duplicate submissions. */
    public static final Node NEW_BYTES = GateResults.rule("SubmissionIsNew");

    private static final Submissions.Referenced NOTHING_STORED = new Submissions.Referenced(Map.of(),
            Graph.emptyGraph);

    private final Project project;
    private final Submissions submissions;
    private final SubmissionRules rules;
    private final IriOwnership ownership;

    /** A gate against the project's ontology, shapes and curated data, with no stored submissions. */
    public SubmissionGate(Project project) {
        this(project, null);
    }

    /** A gate against the project and the stored {@code submissions} (null for none). */
    public SubmissionGate(Project project, Submissions submissions) {
        this.project = project;
        this.submissions = submissions;
        Graph shapes = project.validator().shapes().getGraph();
        this.rules = new SubmissionRules(project.data().ontology(), project.validator().context(),
                project.validator().shapes());
        this.ownership = new IriOwnership(project.validator().context(), shapes, rules);
    }

    /** Every result for a parsed submission that would replace stored submission {@code replacing} (or null). */
    public ValidationOutcome check(Graph submission, String replacing) {
        return check(submission, replacing, false);
    }

    /**
     * The same check with the full context, all other stored submissions copied into the validated graph, instead
     * of the statements of the stored resources the submission mentions; for tests that the two agree.
     */
    ValidationOutcome checkWithFullContext(Graph submission, String replacing) {
        return check(submission, replacing, true);
    }

    private ValidationOutcome check(Graph submission, String replacing, boolean fullContext) {
        return check(submission, replacing, referenced(submission, replacing), fullContext);
    }

    private ValidationOutcome check(Graph submission, String replacing, Submissions.Referenced referenced,
            boolean fullContext) {
        Graph stored = fullContext && submissions != null ? submissions.allExcept(replacing) : referenced.statements();
        // SHACL on this thread, the gate's own rules beside it: both only read the submission.
        return Concurrently.both(() -> project.validator().validateSubmission(submission, stored),
                () -> rules(submission, referenced), ValidationOutcome::with);
    }

    private List<ReportEntry> rules(Graph submission, Submissions.Referenced referenced) {
        List<ReportEntry> results = new ArrayList<>();
        Optional<SubmissionRules.Edition> edition = rules.edition(submission, THIS_SUBMISSION, results);
        rules.gcmResource(submission, THIS_SUBMISSION, results);
        rules.vocabulary(submission, ownership.readOnlySubjects(), results);
        ownership.check(submission, edition, referenced.owners(), results);
        return results;
    }

    /** Every result for submitted bytes: parsed (or refused), then checked, with the duplicate rule. */
    public ValidationOutcome check(SubmissionInput input, String replacing) {
        Graph graph;
        Submissions.Referenced referenced;
        if (submissions == null) {
            graph = input.parse(t -> { });
            referenced = NOTHING_STORED;
        } else {
            // The stored statements are looked up triple by triple as the parse delivers them, while it reads on.
            try (Submissions.Lookup lookup = submissions.lookup(ownership.readOnlySubjects(), replacing)) {
                graph = input.parse(lookup::add);
                referenced = lookup.referenced();
            }
        }
        ValidationOutcome outcome = check(graph, replacing, referenced, false);
        Optional<String> duplicate = duplicateOf(input, replacing);
        return duplicate.map(id -> outcome.with(List.of(GateResults.violation(NEW_BYTES, THIS_SUBMISSION, null, null,
                "duplicate", "sha256", input.sha256(), "id", id)))).orElse(outcome);
    }

    /** The stored submission, other than {@code replacing}, that holds the same bytes, if any. */
    public Optional<String> duplicateOf(SubmissionInput input, String replacing) {
        return submissions == null ? Optional.empty() : submissions.withSha256(input.sha256(), replacing);
    }

    /** The one report edition an accepted submission names. */
    static Optional<Node> editionOf(Graph accepted) {
        return SubmissionRules.namedEditions(accepted).size() == 1
                ? Optional.of(SubmissionRules.namedEditions(accepted).iterator().next()) : Optional.empty();
    }

    private Submissions.Referenced referenced(Graph submission, String replacing) {
        if (submissions == null) {
            return NOTHING_STORED;
        }
        try (Submissions.Lookup lookup = submissions.lookup(ownership.readOnlySubjects(), replacing)) {
            submission.find().forEachRemaining(lookup::add);
            return lookup.referenced();
        }
    }
}
