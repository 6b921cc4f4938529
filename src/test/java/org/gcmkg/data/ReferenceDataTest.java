package org.gcmkg.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Facts of the reference and report data checked against the sources they come from. */
class ReferenceDataTest {
    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        dataset = TestProject.get().newDataset();
    }

    private static List<List<String>> select(String body) {
        String q = "PREFIX gcm: <https://w3id.org/gcm/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX dcat: <http://www.w3.org/ns/dcat#>\n" + body;
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dataset))) {
                return TestProject.rows(qe.execSelect());
            }
        });
    }

    @Test
    void twentyThreeObjectivesNumberedOneToTwentyThree() {
        assertEquals(List.of(List.of("23", "1", "23")), select(
                "SELECT (COUNT(?o) AS ?n) (MIN(?k) AS ?min) (MAX(?k) AS ?max) WHERE { ?o a gcm:Objective ; skos:notation ?k }"));
    }

    @Test
    void theReportsOwnWordingIsKeptForObjectivesTenThirteenAndEighteen() {
        assertEquals(List.of(
                List.of("10", "Combatir y erradicar la trata de personas en el contexto de la migración internacional"),
                List.of("13", "Utilizar la detención de migrantes sólo como último recurso y buscar otras alternativas"),
                List.of("18", "Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, "
                        + "cualificaciones.")),
                select("SELECT ?n ?w WHERE { ?o gcm:reportWording ?w ; skos:notation ?n ; skos:altLabel ?w } ORDER BY ?n"));
    }

    @Test
    void objectiveSevenHasItsParagraphHubTermAndShortLabels() {
        assertEquals(List.of(List.of("23", "https://migrationnetwork.un.org/taxonomy/term/285", "Reduce vulnerabilities",
                "Reducir vulnerabilidades")), select("SELECT ?p ?hub ?en ?es WHERE { <https://w3id.org/gcm/objective/7> "
                + "gcm:gcmParagraph ?p ; skos:exactMatch ?hub ; gcm:shortLabel ?en , ?es . "
                + "FILTER (lang(?en) = 'en' && lang(?es) = 'es') }"));
    }

    @Test
    void onlyObjectiveTwentyIsLinkedToAnSdgTargetByTheCompactsText() {
        assertEquals(List.of(List.of("https://w3id.org/gcm/objective/20", "http://metadata.un.org/sdg/10.c")),
                select("SELECT ?s ?t WHERE { ?l gcm:linkSubject ?s ; gcm:sdgTarget ?t ; "
                        + "gcm:linkBasis <https://w3id.org/gcm/sdg-link-basis/compact-text> }"));
        assertEquals(List.of(List.of("8")), select("SELECT (COUNT(?l) AS ?n) WHERE { ?l gcm:linkBasis "
                + "<https://w3id.org/gcm/sdg-link-basis/topic-level> }"));
    }

    @Test
    void tenPrinciplesLetteredAToJ() {
        assertEquals(List.of(List.of("10", "a", "j")), select("SELECT (COUNT(?p) AS ?n) (MIN(?l) AS ?a) (MAX(?l) AS ?z) "
                + "WHERE { ?p a gcm:GuidingPrinciple ; skos:notation ?l }"));
    }

    @Test
    void theReportHasItsPublisherPeriodAndYear() {
        assertEquals(List.of(List.of("https://w3id.org/gcm/institution/upmrip", "2019-06", "2020-06", "2020",
                "http://publications.europa.eu/resource/authority/country/MEX")),
                select("SELECT ?pub ?start ?end ?year ?country WHERE { "
                        + "<https://w3id.org/gcm/report/informe-ejecutivo-2020> dcterms:publisher ?pub ; gcm:reportYear ?year ; "
                        + "gcm:country ?country ; gcm:reportingPeriod [ dcat:startDate ?start ; dcat:endDate ?end ] }"));
    }

    @Test
    void srePrintedAsSRDotEIsNormalised() {
        assertEquals(List.of(List.of("S.R.E", "SRE")), select("SELECT ?printed ?acronym WHERE { "
                + "<https://w3id.org/gcm/institution/sre> gcm:acronymAsPrinted ?printed ; gcm:acronym ?acronym }"));
    }

    @Test
    void bienestarSentProgramaTresPorUnoWhichWasLeftOut() {
        assertEquals(List.of(List.of("true", "true", "false", "Programa 3X1 para migrantes")),
                select("SELECT ?asked ?sent ?included ?name WHERE { "
                        + "<https://w3id.org/gcm/report/informe-ejecutivo-2020/participation/bienestar> "
                        + "gcm:informationRequested ?asked ; gcm:informationSent ?sent ; gcm:contributionIncluded ?included ; "
                        + "gcm:excludedProgramme ?p . ?p skos:prefLabel ?name FILTER (lang(?name) = 'es') }"));
    }

    @Test
    void objectiveTwentyTwoSectionSaysNoActionWasReported() {
        assertEquals(List.of(List.of("28", "true")), select("SELECT ?page ?none WHERE { ?s gcm:aboutObjective "
                + "<https://w3id.org/gcm/objective/22> ; gcm:startPage ?page ; gcm:noActionReported ?none }"));
    }

    @Test
    void twelveObjectivesHaveNoPublishedCount() {
        assertEquals(List.of(List.of("12")), select("SELECT (COUNT(?o) AS ?n) WHERE { ?o a gcm:Objective "
                + "FILTER NOT EXISTS { ?obs gcm:objective ?o ; gcm:actionCount ?c } }"));
    }
}
