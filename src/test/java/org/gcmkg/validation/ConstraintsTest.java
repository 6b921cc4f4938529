package org.gcmkg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.gcmkg.TestProject;
import org.junit.jupiter.api.Test;

/** Each important constraint fires on a broken example, naming the focus node and the shape. */
class ConstraintsTest {
    private static final String SH = "https://w3id.org/gcm/shapes#";
    private static final String R = "https://w3id.org/gcm/report/informe-ejecutivo-2020/";

    private static final String VALID_ACTION = String.join("\n",
            "<action/99-1> a gcm:ReportedAction ;",
            "  gcm:inReport <https://w3id.org/gcm/report/informe-ejecutivo-2020> ;",
            "  gcm:objective obj:7 ;",
            "  dcterms:source <section/objetivo-7> ;",
            "  skos:prefLabel \"Acción de prueba\"@es , \"Test action\"@en ;",
            "  dcterms:description \"Resumen de prueba.\"@es , \"Test summary.\"@en .", "");

    private static ValidationOutcome validate(String turtle) {
        Graph data = TestProject.turtle(turtle);
        return TestProject.get().validator().validate(data);
    }

    private static void assertViolation(ValidationOutcome outcome, String focus, String shape) {
        assertFalse(outcome.accepted(), "expected a violation of " + shape);
        Set<String> found = outcome.entries().stream()
                .filter(e -> Severity.Violation.equals(e.severity()))
                .map(e -> e.focusNode().toString() + " " + e.source())
                .collect(Collectors.toSet());
        assertTrue(found.contains(focus + " " + SH + shape),
                () -> "no violation of " + shape + " on " + focus + "; got:\n"
                        + new ReportWriter("en").write(outcome, ReportFormat.TEXT));
    }

    private static Set<String> shapesViolated(ValidationOutcome outcome, String focus) {
        return outcome.entries().stream()
                .filter(e -> Severity.Violation.equals(e.severity()) && e.focusNode().toString().equals(focus))
                .map(e -> e.source().getURI()).collect(Collectors.toSet());
    }

    @Test
    void aValidActionIsAccepted() {
        ValidationOutcome outcome = validate(VALID_ACTION);
        assertTrue(outcome.clean(), () -> new ReportWriter("en").write(outcome, ReportFormat.TEXT));
    }

    @Test
    void a24thObjectiveIsRefused() {
        ValidationOutcome outcome = validate(String.join("\n",
                "obj:24 a gcm:Objective ; skos:inScheme <https://w3id.org/gcm/objective> ;",
                "  skos:notation \"24\"^^xsd:positiveInteger ; gcm:gcmParagraph \"40\" ;",
                "  skos:exactMatch <https://example.org/x> ;",
                "  skos:prefLabel \"Objetivo inventado\"@es , \"Invented objective\"@en ."));
        assertViolation(outcome, "https://w3id.org/gcm/objective/24", "ObjectiveShape");
        assertViolation(outcome, "https://w3id.org/gcm/objective/24", "ObjectiveNotation");
    }

    @Test
    void anObjectiveWithoutSpanishTitleIsRefused() {
        ValidationOutcome outcome = validate(String.join("\n",
                "<https://w3id.org/gcm/objective/5> skos:prefLabel \"Another English title\"@en ."));
        assertViolation(outcome, "https://w3id.org/gcm/objective/5", "ObjectivePrefLabelEs");
    }

    @Test
    void anObjectiveWhoseNotationDoesNotMatchItsIriIsRefused() {
        ValidationOutcome outcome = validate("obj:3 skos:notation \"4\"^^xsd:positiveInteger .");
        assertViolation(outcome, "https://w3id.org/gcm/objective/3", "ObjectiveNotationMatchesIri");
        assertViolation(outcome, "https://w3id.org/gcm/objective/3", "ObjectiveNotation");
    }

    @Test
    void aNewObjectiveWithTheNumberOfItsIriPassesTheMatchingRule() {
        ValidationOutcome outcome = validate(String.join("\n",
                "obj:24 a gcm:Objective ; skos:notation \"24\"^^xsd:positiveInteger ."));
        assertTrue(shapesViolated(outcome, "https://w3id.org/gcm/objective/24").contains(SH + "ObjectiveShape"));
        assertFalse(shapesViolated(outcome, "https://w3id.org/gcm/objective/24").contains(SH + "ObjectiveNotationMatchesIri"),
                "the IRI is ObjectiveShape's to refuse, not the matching rule's");
    }

    @Test
    void aCountThatIsNotANonNegativeIntegerIsRefused() {
        ValidationOutcome outcome = validate(String.join("\n",
                "<observation/test> a qb:Observation ;",
                "  qb:dataSet <dataset/actions-by-objective> ;",
                "  gcm:inReport <https://w3id.org/gcm/report/informe-ejecutivo-2020> ;",
                "  gcm:objective obj:2 ;",
                "  gcm:actionCount \"-3\"^^xsd:integer ."));
        assertViolation(outcome, R + "observation/test", "ObservationActionCount");
    }

    @Test
    void anActionWithoutObjectiveIsRefused() {
        ValidationOutcome outcome = validate(VALID_ACTION.replace("  gcm:objective obj:7 ;\n", ""));
        assertViolation(outcome, R + "action/99-1", "ActionObjective");
    }

    @Test
    void anActionUnderAnObjectiveThatDoesNotExistIsRefused() {
        ValidationOutcome outcome = validate(VALID_ACTION.replace("obj:7 ;", "obj:31 ;"));
        assertViolation(outcome, R + "action/99-1", "ActionObjective");
    }

    @Test
    void anActionWithTwoProgrammesIsRefused() {
        ValidationOutcome outcome = validate(VALID_ACTION.replace("  gcm:objective obj:7 ;\n",
                "  gcm:objective obj:7 ;\n  gcm:programme <https://w3id.org/gcm/programme/negocio-mortal> ,"
                        + " <https://w3id.org/gcm/programme/semana-binacional-de-salud> ;\n"));
        assertViolation(outcome, R + "action/99-1", "ActionProgramme");
    }

    @Test
    void anActionWithoutEnglishSummaryIsRefused() {
        ValidationOutcome outcome = validate(VALID_ACTION.replace(" , \"Test summary.\"@en", ""));
        assertViolation(outcome, R + "action/99-1", "ActionSummaryEn");
    }

    @Test
    void aResponsibleThatIsNotAnInstitutionIsRefused() {
        ValidationOutcome outcome = validate(VALID_ACTION.replace("  gcm:objective obj:7 ;\n",
                "  gcm:objective obj:7 ;\n  gcm:responsibleInstitution obj:3 ;\n"));
        assertViolation(outcome, R + "action/99-1", "ActionResponsible");
    }

    @Test
    void aStartDateThatIsNotADateIsRefused() {
        ValidationOutcome outcome = validate(VALID_ACTION.replace("  gcm:objective obj:7 ;\n",
                "  gcm:objective obj:7 ;\n  gcm:startDate \"early 2016\" ;\n"));
        assertViolation(outcome, R + "action/99-1", "ActionStart");
    }

    @Test
    void aPeriodThatIsNotAPeriodOfTimeIsRefused() {
        ValidationOutcome outcome = validate(VALID_ACTION.replace("  gcm:objective obj:7 ;\n",
                "  gcm:objective obj:7 ;\n  dcterms:temporal \"2019-2020\" ;\n"));
        assertViolation(outcome, R + "action/99-1", "ActionTemporal");
    }

    @Test
    void aChallengeWithoutCategoryIsRefused() {
        ValidationOutcome outcome = validate("<challenge/1> a gcm:Challenge ; "
                + "gcm:inReport <https://w3id.org/gcm/report/informe-ejecutivo-2020> .");
        assertViolation(outcome, R + "challenge/1", "ChallengeCategories");
    }

    @Test
    void aConceptSchemeWithoutSpanishNameIsRefused() {
        ValidationOutcome outcome = validate("<https://w3id.org/gcm/scheme-x> a skos:ConceptScheme ; "
                + "skos:prefLabel \"A scheme\"@en ; skos:hasTopConcept obj:1 .");
        assertViolation(outcome, "https://w3id.org/gcm/scheme-x", "ConceptSchemePrefLabelEs");
    }

    @Test
    void aPeriodWithoutEndIsRefused() {
        ValidationOutcome outcome = validate("<https://w3id.org/gcm/period-x> a dcterms:PeriodOfTime ; "
                + "<http://www.w3.org/ns/dcat#startDate> \"2021\"^^xsd:gYear .");
        assertViolation(outcome, "https://w3id.org/gcm/period-x", "PeriodEnd");
    }

    @Test
    void aNegativeFigureIsRefused() {
        ValidationOutcome outcome = validate(VALID_ACTION.replace("  gcm:objective obj:7 ;\n",
                "  gcm:objective obj:7 ;\n  gcm:figure <action/99-1/figure/1> ;\n")
                + "<action/99-1/figure/1> a gcm:Figure ; gcm:value -5 ; gcm:quantity \"personas\"@es ; gcm:unit \"personas\"@es .");
        assertViolation(outcome, R + "action/99-1/figure/1", "FigureValue");
    }

    @Test
    void aFigureWithoutQuantityIsRefused() {
        ValidationOutcome outcome = validate(VALID_ACTION.replace("  gcm:objective obj:7 ;\n",
                "  gcm:objective obj:7 ;\n  gcm:figure <action/99-1/figure/1> ;\n")
                + "<action/99-1/figure/1> a gcm:Figure ; gcm:value 12 .");
        assertViolation(outcome, R + "action/99-1/figure/1", "FigureQuantity");
    }

    @Test
    void includedWithoutSentIsRefused() {
        ValidationOutcome outcome = validate(String.join("\n",
                "<participation/test> a gcm:Participation ;",
                "  gcm:inReport <https://w3id.org/gcm/report/informe-ejecutivo-2020> ;",
                "  gcm:participant inst:cndh ;",
                "  gcm:informationRequested true ;",
                "  gcm:informationSent false ;",
                "  gcm:contributionIncluded true ."));
        assertViolation(outcome, R + "participation/test", "ParticipationIncludedOnlyIfSent");
    }

    @Test
    void inclusionIsStatedOnlyWhenInformationWasSent() {
        String record = String.join("\n",
                "<participation/test> a gcm:Participation ;",
                "  gcm:inReport <https://w3id.org/gcm/report/informe-ejecutivo-2020> ;",
                "  gcm:participant inst:cndh ;",
                "  gcm:informationRequested true ;");
        String rule = SH + "ParticipationIncludedOnlyIfSent";
        String focus = R + "participation/test";
        assertTrue(shapesViolated(validate(record + " gcm:informationSent false ; gcm:contributionIncluded false ."), focus)
                .contains(rule), "inclusion stated (even as false) for an institution that sent nothing");
        assertFalse(shapesViolated(validate(record + " gcm:informationSent false ."), focus).contains(rule));
        assertTrue(validate(record + " gcm:informationSent true ; gcm:contributionIncluded false .").clean());
        assertTrue(validate(record + " gcm:informationSent true ; gcm:contributionIncluded true .").clean());
    }

    @Test
    void aTopicLevelLinkPresentedAsTheCompactsOwnIsRefused() {
        ValidationOutcome outcome = validate(
                "obj:10 gcm:sdgTargetInCompactText <http://metadata.un.org/sdg/5.2> .");
        assertViolation(outcome, "https://w3id.org/gcm/objective/10", "ObjectiveCompactSdgRecorded");
        ReportEntry entry = outcome.entries().stream()
                .filter(e -> e.source().getURI().equals(SH + "ObjectiveCompactSdgRecorded")).findFirst().orElseThrow();
        assertEquals("<https://w3id.org/gcm/ontology#sdgTargetInCompactText>", entry.resultPath().toString(),
                "the SPARQL shape names the property, as a property shape would");
        assertEquals("http://metadata.un.org/sdg/5.2", entry.value().getURI());
    }

    @Test
    void aCompactSdgTargetThatALinkRecordsIsAccepted() {
        ValidationOutcome outcome = validate(String.join("\n",
                "obj:10 gcm:sdgTargetInCompactText <http://metadata.un.org/sdg/5.2> .",
                "<https://w3id.org/gcm/sdg-link/test> a gcm:SdgLink ; gcm:linkSubject obj:10 ;",
                "  gcm:sdgTarget <http://metadata.un.org/sdg/5.2> ;",
                "  gcm:linkBasis <https://w3id.org/gcm/sdg-link-basis/compact-text> ;",
                "  gcm:basisStatement \"Prueba.\"@es ."));
        assertTrue(outcome.clean(), () -> new ReportWriter("en").write(outcome, ReportFormat.TEXT));
    }

    @Test
    void anEleventhPrincipleIsRefused() {
        ValidationOutcome outcome = validate(String.join("\n",
                "<https://w3id.org/gcm/principle/k> a gcm:GuidingPrinciple ;",
                "  skos:inScheme <https://w3id.org/gcm/principle> ; skos:notation \"k\" ;",
                "  skos:prefLabel \"Inventado\"@es , \"Invented\"@en ."));
        assertViolation(outcome, "https://w3id.org/gcm/principle/k", "GuidingPrincipleShape");
        assertViolation(outcome, "https://w3id.org/gcm/principle/k", "PrincipleNotation");
    }

    @Test
    void anInstitutionWithoutSpanishNameIsRefusedAndWithoutEnglishWarned() {
        ValidationOutcome outcome = validate("inst:nueva a gcm:PublicBody ; skos:prefLabel \"New body\"@en .");
        assertViolation(outcome, "https://w3id.org/gcm/institution/nueva", "InstitutionPrefLabelEs");
        ValidationOutcome warned = validate("inst:nueva a gcm:PublicBody ; skos:prefLabel \"Organismo nuevo\"@es .");
        assertTrue(warned.accepted());
        assertEquals(1, warned.count(Severity.Warning));
        ReportEntry entry = warned.entries().get(0);
        assertEquals(SH + "InstitutionPrefLabelEn", entry.source().getURI());
    }

    @Test
    void messagesComeInTheRequestedLanguage() {
        ValidationOutcome outcome = validate(VALID_ACTION.replace("  gcm:objective obj:7 ;\n", ""));
        ReportEntry entry = outcome.entries().get(0);
        assertEquals("A reported action is listed under exactly one objective, one of the 23 GCM objectives.",
                new ReportWriter("en").message(entry));
        assertEquals("Una acción reportada se enumera en exactamente un objetivo, uno de los 23 objetivos del PMM.",
                new ReportWriter("es").message(entry));
    }
}
