package org.gcmkg.ingest;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.io.RdfInputException;
import org.gcmkg.store.Project;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;
import org.gcmkg.validation.ValidationOutcome;
import org.gcmkg.vocab.Gcm;

/**
 * Takes submissions into a store: checks them with the {@link SubmissionGate} and stores each one that passes
 * whole, in one transaction.
 */
public final class IngestService {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Project project;
    private final Object gateLock = new Object();
    private volatile SubmissionGate gate;
    private final Submissions submissions;
    private final Clock clock;
    private final Consumer<SubmissionRecord> progress;
    private final SecureRandom random = new SecureRandom();

    /** A service for the project's shapes and curated data in front of the submissions of {@code dataset}. */
    public IngestService(Project project, DatasetGraph dataset, Clock clock) {
        this(project, dataset, clock, record -> { });
    }

    /** A service that also tells {@code progress} the record of each conforming submission before it stores it. */
    public IngestService(Project project, DatasetGraph dataset, Clock clock, Consumer<SubmissionRecord> progress) {
        this.project = project;
        this.submissions = new Submissions(dataset);
        this.clock = clock;
        this.progress = progress;
    }

    /** The submissions behind this service. */
    public Submissions submissions() {
        return submissions;
    }

    /**
     * The gate, with the stored submissions; built on first use, so that a server starts without parsing the shapes
     * and the curated data.
     */
    public SubmissionGate gate() {
        SubmissionGate built = gate;
        if (built == null) {
            synchronized (gateLock) {
                if (gate == null) {
                    gate = new SubmissionGate(project, submissions);
                }
                built = gate;
            }
        }
        return built;
    }

    /** Validates a parsed submission without storing anything. */
    public ValidationOutcome validate(Graph submission) {
        return gate().check(submission, null);
    }

    /** Validates submitted bytes without storing anything (the dry run); raises RdfInputException when unreadable. */
    public ValidationOutcome validate(SubmissionInput input) {
        return gate().check(input, null);
    }

    /** Parses submitted bytes for {@link #validate(ParsedSubmission)}; raises RdfInputException when unreadable. */
    public ParsedSubmission parse(SubmissionInput input) {
        return gate().parse(input, null);
    }

    /** Validates a submission parsed from its bytes without storing anything (the dry run, once it let the bytes go). */
    public ValidationOutcome validate(ParsedSubmission parsed) {
        return gate().check(parsed, null);
    }

    /**
     * Validates and, if it conforms, stores a submission.
     *
     * @param input       the submitted bytes
     * @param id          the identifier to use, or null to generate one (not allowed with {@code replace})
     * @param institution the submitting institution's IRI or slug, or null
     * @param replace     true to replace the submission {@code id} atomically, false to add a new one
     */
    public synchronized IngestResult submit(SubmissionInput input, String id, String institution, boolean replace) {
        String submissionId;
        Optional<String> institutionIri;
        try {
            submissionId = id == null && !replace ? generateId() : Submissions.checkId(id);
            institutionIri = institution == null ? Optional.empty() : Optional.of(checkInstitution(institution));
        } catch (IllegalArgumentException e) {
            return IngestResult.failed(IngestResult.Status.INVALID_REQUEST, e.getMessage());
        }
        boolean exists = submissions.get(submissionId).isPresent();
        if (replace && !exists) {
            return IngestResult.failed(IngestResult.Status.NOT_FOUND, "there is no submission '" + submissionId + "'");
        }
        if (!replace && exists) {
            return IngestResult.failed(IngestResult.Status.ID_TAKEN, "a submission '" + submissionId
                    + "' already exists; replace it or choose another identifier");
        }
        String replacing = replace ? submissionId : null;
        Optional<String> duplicate = gate().duplicateOf(input, replacing);
        if (duplicate.isPresent()) {
            return IngestResult.duplicate(Messages.of("gate", Language.EN)
                    .format("duplicate", "sha256", input.sha256(), "id", duplicate.get()), duplicate.get());
        }
        ParsedSubmission parsed;
        try {
            // As the dry run parses: the stored statements it refers to are looked up while the parser reads on.
            parsed = gate().parse(input, replacing);
        } catch (RdfInputException e) {
            return IngestResult.malformed(e);
        }
        Graph content = parsed.graph();
        ValidationOutcome outcome = gate().check(parsed, replacing);
        if (!outcome.accepted()) {
            return IngestResult.notConforming(outcome);
        }
        SubmissionRecord record = new SubmissionRecord(submissionId, institutionIri,
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), content.size(), parsed.file().sha256(),
                SubmissionGate.editionOf(content).map(Node::getURI));
        progress.accept(record);
        if (!submissions.store(record, content, replace)) {
            return IngestResult.failed(IngestResult.Status.CHANGED_WHILE_VALIDATED,
                    "submission '" + submissionId + "' changed while it was being validated; try again");
        }
        return IngestResult.accepted(record, outcome);
    }

    private String generateId() {
        byte[] bytes = new byte[3];
        random.nextBytes(bytes);
        return "s" + ID_TIME.format(Instant.now(clock)) + "-" + HexFormat.of().formatHex(bytes);
    }

    private String checkInstitution(String institution) {
        String iri = institution.contains(":") ? institution : Gcm.BASE + "institution/" + institution;
        Node node = NodeFactory.createURI(iri);
        Graph context = project.validator().context();
        boolean known = context.find(node, RDF.type.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().equals(Gcm.INSTITUTION)
                        || context.contains(t.getObject(), RDFS.subClassOf.asNode(), Gcm.INSTITUTION));
        if (!known) {
            throw new IllegalArgumentException("unknown institution '" + institution + "': give the IRI or the slug of "
                    + "an institution of the curated data, such as inm or https://w3id.org/gcm/institution/inm");
        }
        return iri;
    }
}
