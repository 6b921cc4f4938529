package org.gcmkg.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.P_Link;
import org.gcmkg.vocab.Gcm;

/**
 * Keeps the curated data read-only: a submission may point to curated resources (objectives, institutions,
 * reports, ...) but may not add statements about them. Restating a statement the curated data already has is
 * harmless and allowed. Also checks that a submission belongs to at most one report edition.
 */
public final class ReferenceGuard {
    /** The shape that documents this rule in the shapes file. */
    public static final Node READ_ONLY_SHAPE = NodeFactory.createURI("https://w3id.org/gcm/shapes#ReferenceDataIsReadOnly");
    /** The shape that documents the one-edition rule in the shapes file. */
    public static final Node ONE_EDITION_SHAPE = NodeFactory.createURI("https://w3id.org/gcm/shapes#SubmissionHasOneEdition");
    /** The constraint component the gate's own checks report under. */
    public static final Node GATE_COMPONENT = NodeFactory.createURI("https://w3id.org/gcm/shapes#SubmissionGateComponent");
    private static final Node IN_REPORT = NodeFactory.createURI(Gcm.NS + "inReport");

    private final Graph curated;
    private final Set<Node> curatedSubjects = new HashSet<>();

    /** A guard over {@code curated}: the ontology and curated data. */
    public ReferenceGuard(Graph curated) {
        this.curated = curated;
        curated.find().forEachRemaining(t -> curatedSubjects.add(t.getSubject()));
    }

    /** Violations for every statement of {@code submission} about a curated resource that the curated data lacks. */
    public List<ReportEntry> check(Graph submission) {
        List<ReportEntry> entries = new ArrayList<>();
        submission.find().forEachRemaining(t -> {
            if (curatedSubjects.contains(t.getSubject()) && !curated.contains(t)) {
                entries.add(ReportEntry.create()
                        .focusNode(t.getSubject())
                        .resultPath(new P_Link(t.getPredicate()))
                        .value(t.getObject())
                        .severity(Severity.Violation)
                        .source(READ_ONLY_SHAPE)
                        .sourceConstraintComponent(GATE_COMPONENT)
                        .message(NodeFactory.createLiteralLang(
                                "A submission may not add statements about a resource of the curated data "
                                        + "(objectives, principles, institutions, reports, ...); link to it from your "
                                        + "own resources instead.", "en"))
                        .message(NodeFactory.createLiteralLang(
                                "Un envío no puede agregar enunciados sobre un recurso de los datos curados "
                                        + "(objetivos, principios, instituciones, informes, ...); enlácelo desde sus "
                                        + "propios recursos.", "es")));
            }
        });
        List<Node> editions = editions(submission);
        if (editions.size() > 1) {
            for (Node edition : editions) {
                entries.add(ReportEntry.create()
                        .focusNode(edition)
                        .resultPath(new P_Link(IN_REPORT))
                        .value(edition)
                        .severity(Severity.Violation)
                        .source(ONE_EDITION_SHAPE)
                        .sourceConstraintComponent(GATE_COMPONENT)
                        .message(NodeFactory.createLiteralLang(
                                "A submission belongs to one report edition; this one names " + editions.size() + ".", "en"))
                        .message(NodeFactory.createLiteralLang(
                                "Un envío pertenece a una sola edición del informe; este nombra " + editions.size() + ".",
                                "es")));
            }
        }
        return entries;
    }

    /** The distinct report editions a submission's resources belong to ({@code gcm:inReport} values). */
    public static List<Node> editions(Graph submission) {
        Set<Node> editions = new HashSet<>();
        submission.find(Node.ANY, IN_REPORT, Node.ANY).forEachRemaining(t -> editions.add(t.getObject()));
        List<Node> sorted = new ArrayList<>(editions);
        sorted.sort((a, b) -> a.toString().compareTo(b.toString()));
        return sorted;
    }
}
