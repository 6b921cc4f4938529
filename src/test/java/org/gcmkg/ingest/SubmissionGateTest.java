package org.gcmkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.StoreSnapshot;
import org.gcmkg.TestProject;
import org.gcmkg.store.GcmStore;
import org.gcmkg.store.Project;
import org.gcmkg.text.Language;
import org.gcmkg.validation.ReportFormat;
import org.gcmkg.validation.ReportWriter;
import org.gcmkg.validation.ValidationOutcome;
import org.gcmkg.workbook.DataContext;
import org.gcmkg.workbook.InputLimits;
import org.gcmkg.workbook.Workbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The gate's own rules and the hostile inputs of issue 13, each refused with its message and leaving the store as it was. */
public class SubmissionGateTest {
    static final String PREFIXES = String.join("\n",
            "@prefix gcm: <https://w3id.org/gcm/ontology#> .",
            "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
            "@prefix dcterms: <http://purl.org/dc/terms/> .",
            "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .", "");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    private DatasetGraph dataset;
    private IngestService service;
    private String before;

    @BeforeEach
    void storeWithTheExample() throws IOException {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        dataset = store.dataset();
        service = new IngestService(TestProject.get(), dataset, CLOCK);
        IngestResult stored = service.submit(IngestServiceTest.input(IngestServiceTest.VALID), "follow-up-2021", null, false);
        assertEquals(IngestResult.Status.ACCEPTED, stored.status(), () -> report(stored.outcome()));
        before = StoreSnapshot.of(dataset);
    }

    /** A small fictitious edition that passes the gate, with {@code more} Turtle added. */
    public static String edition(String slug, String more) {
        String e = "<https://w3id.org/gcm/report/" + slug + ">";
        return PREFIXES + e + " a gcm:Report ;\n"
                + "  dcterms:title \"Edición ficticia de prueba\"@es , \"Fictitious test edition\"@en ;\n"
                + "  dcterms:publisher <https://w3id.org/gcm/institution/upmrip> ;\n"
                + "  gcm:followsUp <https://w3id.org/gcm/compact> ;\n"
                + "  gcm:country <http://publications.europa.eu/resource/authority/country/MEX> ;\n"
                + "  gcm:reportingPeriod <https://w3id.org/gcm/report/" + slug + "/period> ;\n"
                + "  gcm:reportYear \"2031\"^^xsd:gYear .\n"
                + "<https://w3id.org/gcm/report/" + slug + "/period> a dcterms:PeriodOfTime ;\n"
                + "  dcat:startDate \"2030-07\"^^xsd:gYearMonth ; dcat:endDate \"2031-06\"^^xsd:gYearMonth .\n"
                + more;
    }

    static SubmissionInput turtle(String text) {
        return new SubmissionInput(text.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, "test.ttl");
    }

    private static String report(ValidationOutcome outcome) {
        return outcome == null ? "no outcome" : new ReportWriter("en").write(outcome, ReportFormat.TEXT);
    }

    /** Submits {@code input}, asserts it is refused for {@code rule}, and that the store did not change. */
    private ReportEntry refused(SubmissionInput input, String rule) {
        ValidationOutcome dryRun = service.validate(input);
        IngestResult result = service.submit(input, null, null, false);
        assertEquals(IngestResult.Status.NOT_CONFORMING, result.status(), () -> String.valueOf(result.error()));
        assertEquals(before, StoreSnapshot.of(dataset), "the store changed");
        assertEquals(results(dryRun), results(result.outcome()), "the dry run and the submission disagree");
        return result.outcome().entries().stream().filter(e -> e.source().getURI().endsWith("#" + rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no result of " + rule + ":\n" + report(result.outcome())));
    }

    private static String message(ReportEntry e, Language l) {
        return e.messages().stream().filter(m -> m.getLiteralLanguage().equals(l.code())).findFirst().orElseThrow()
                .getLiteralLexicalForm();
    }

    private static Set<String> results(ValidationOutcome outcome) {
        return outcome.entries().stream().map(e -> e.severity().level().getLocalName() + " " + e.source() + " "
                + e.focusNode() + " " + e.resultPath() + " " + e.value() + " " + e.message())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aSmallNewEditionPassesWithoutResults() {
        ValidationOutcome outcome = service.validate(turtle(edition("prueba-2031", "")));
        assertTrue(outcome.clean(), () -> report(outcome));
    }

    @Test
    void anEmptyBodyOrOffTopicTriplesNameNoEditionAndNoGcmResource() {
        for (String body : List.of("", "<https://example.org/a> <https://example.org/b> <https://example.org/c> .")) {
            ReportEntry none = refused(turtle(body), "SubmissionHasOneEdition");
            assertEquals(SubmissionGate.THIS_SUBMISSION, none.focusNode());
            assertTrue(message(none, Language.EN).contains("names none"), message(none, Language.EN));
            assertTrue(message(none, Language.ES).contains("no nombra ninguna"), message(none, Language.ES));
            refused(turtle(body), "SubmissionHasGcmResource");
        }
        ReportEntry off = refused(turtle("<https://example.org/a> <https://example.org/b> <https://example.org/c> ."),
                "MintsInItsEdition");
        assertEquals("https://example.org/a", off.focusNode().getURI());
    }

    @Test
    void theCuratedReportTakesNoActionsAndNoIrisUnderIt() {
        String action = PREFIXES + "<https://w3id.org/gcm/report/informe-ejecutivo-2020/action/7-99> a gcm:ReportedAction ;\n"
                + "  gcm:inReport <https://w3id.org/gcm/report/informe-ejecutivo-2020> ;\n"
                + "  gcm:objective <https://w3id.org/gcm/objective/7> ;\n"
                + "  skos:prefLabel \"Acción añadida\"@es , \"Added action\"@en ;\n"
                + "  dcterms:description \"Ficticia.\"@es , \"Fictitious.\"@en ;\n"
                + "  gcm:responsibleInstitution <https://w3id.org/gcm/institution/inm> .\n";
        ReportEntry curated = refused(turtle(action), "SubmissionEdition");
        assertTrue(message(curated, Language.EN).contains("curated report edition"), message(curated, Language.EN));
        assertTrue(message(curated, Language.ES).contains("edición curada"), message(curated, Language.ES));
        ReportEntry minted = refused(turtle(action), "ServiceIrisAreReadOnly");
        assertEquals("https://w3id.org/gcm/report/informe-ejecutivo-2020/action/7-99", minted.focusNode().getURI());
    }

    @Test
    void theServiceIrisAreReadOnlyWhateverTheType() {
        for (String iri : List.of("dataset", "project", "service/sparql", "graph/reference", "submission/follow-up-2021",
                "objective/24", "programme/nuevo", "report/informe-ejecutivo-2020/section/nueva")) {
            String more = "<https://w3id.org/gcm/" + iri + "> a <http://www.w3.org/2004/02/skos/core#Concept> ;\n"
                    + "  skos:inScheme <https://w3id.org/gcm/objective> ; skos:prefLabel \"Tomado\"@es .\n";
            ReportEntry e = refused(turtle(edition("prueba-2031", more)), "ServiceIrisAreReadOnly");
            assertEquals(gcm(iri), e.focusNode().getURI());
            assertTrue(message(e, Language.EN).contains("is reserved by the service"), message(e, Language.EN));
            assertTrue(message(e, Language.ES).contains("está reservado por el servicio"), message(e, Language.ES));
        }
    }

    private static String gcm(String path) {
        return "https://w3id.org/gcm/" + path;
    }

    @Test
    void aSubmissionRecordOfItsOwnIsRefused() {
        String more = "<https://w3id.org/gcm/report/prueba-2031/registro> a gcm:Submission ;\n"
                + "  gcm:sha256 \"00\" .\n";
        ReportEntry e = refused(turtle(edition("prueba-2031", more)), "ServiceTermsAreReserved");
        assertTrue(message(e, Language.EN).contains("kept by the service"), message(e, Language.EN));
    }

    @Test
    void anotherSubmissionsResourcesAreReadOnly() {
        String more = "<https://w3id.org/gcm/report/ejemplo-ficticio-2021/action/1-1> skos:altLabel \"Otro\"@es .\n";
        ReportEntry e = refused(turtle(edition("prueba-2031", more)), "StoredSubmissionsAreReadOnly");
        assertTrue(message(e, Language.EN).contains("belongs to the stored submission 'follow-up-2021'"),
                message(e, Language.EN));
        assertTrue(message(e, Language.ES).contains("pertenece al envío guardado 'follow-up-2021'"), message(e, Language.ES));
        // The stored edition itself cannot be taken over either.
        String takeOver = PREFIXES + "<https://w3id.org/gcm/report/ejemplo-ficticio-2021> "
                + "dcterms:title \"Otro título\"@es .\n";
        refused(turtle(takeOver), "StoredSubmissionsAreReadOnly");
    }

    @Test
    void newInstitutionsGoUnderTheEditionsCountryAndStayTheirFirstSubmissions() {
        String institution = "<https://w3id.org/gcm/institution/mex/oficina-ficticia> a gcm:PublicBody ;\n"
                + "  skos:prefLabel \"Oficina ficticia\"@es , \"Fictitious office\"@en .\n";
        IngestResult first = service.submit(turtle(edition("prueba-2031", institution)), "prueba-2031", null, false);
        assertEquals(IngestResult.Status.ACCEPTED, first.status(), () -> report(first.outcome()));
        before = StoreSnapshot.of(dataset);
        refused(turtle(edition("prueba-2032", institution)), "StoredSubmissionsAreReadOnly");
        ReportEntry wrong = refused(turtle(edition("prueba-2033", institution.replace("/mex/", "/gtm/"))),
                "NewInstitutionIri");
        assertTrue(message(wrong, Language.EN).contains("https://w3id.org/gcm/institution/mex/"), message(wrong, Language.EN));
        assertTrue(message(wrong, Language.ES).contains("código ISO 3166-1 alfa-3"), message(wrong, Language.ES));
        String referring = "<https://w3id.org/gcm/report/prueba-2034/participation/oficina> a gcm:Participation ;\n"
                + "  gcm:inReport <https://w3id.org/gcm/report/prueba-2034> ;\n"
                + "  gcm:participant <https://w3id.org/gcm/institution/mex/oficina-ficticia> ;\n"
                + "  gcm:informationRequested true ; gcm:informationSent false .\n";
        ValidationOutcome refers = service.validate(turtle(edition("prueba-2034", referring)));
        assertTrue(refers.accepted(), () -> report(refers));
    }

    @Test
    void misspeltTermsAndPropertiesTheShapesDoNotAllowAreRefused() {
        String action = "<https://w3id.org/gcm/report/prueba-2031/action/7-1> a gcm:ReportedAction ;\n"
                + "  gcm:inReport <https://w3id.org/gcm/report/prueba-2031> ;\n"
                + "  gcm:objective <https://w3id.org/gcm/objective/7> ;\n"
                + "  skos:prefLabel \"Acción ficticia\"@es , \"Fictitious action\"@en ;\n"
                + "  dcterms:description \"Ficticia.\"@es , \"Fictitious.\"@en ;\n"
                + "  gcm:responsibleInstitution <https://w3id.org/gcm/institution/inm> ;\n";
        ReportEntry misspelt = refused(turtle(edition("prueba-2031", action + "  gcm:startDat \"2031\"^^xsd:gYear .\n")),
                "TermsAreDeclared");
        assertTrue(message(misspelt, Language.EN).contains("startDat> is not declared"), message(misspelt, Language.EN));
        assertTrue(message(misspelt, Language.ES).contains("no está declarado"), message(misspelt, Language.ES));
        ReportEntry other = refused(turtle(edition("prueba-2031", action + "  gcm:reportYear \"2031\"^^xsd:gYear .\n")),
                "PropertiesAllowedByShapes");
        assertTrue(message(other, Language.EN).contains("on a gcm:ReportedAction"), message(other, Language.EN));
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreRefused() {
        String more = "<https://w3id.org/gcm/report/prueba-2031/section/a> a gcm:ReportSection ;\n"
                + "  dcterms:isPartOf <https://w3id.org/gcm/report/prueba-2031> ;\n"
                + "  dcterms:title \"Secci\\u0001n\"@es , \"Sec\\u0000tion\"@en .\n";
        ReportEntry e = refused(turtle(edition("prueba-2031", more)), "ValuesAreXmlCharacters");
        assertTrue(message(e, Language.EN).matches(".*U\\+000[01] at position [46].*"), message(e, Language.EN));
        assertTrue(message(e, Language.ES).contains("carácter de control"), message(e, Language.ES));
    }

    @Test
    void theSameBytesTwiceAreRefusedNamingTheStoredSubmission() throws IOException {
        IngestResult again = service.submit(IngestServiceTest.input(IngestServiceTest.VALID), null, null, false);
        assertEquals(IngestResult.Status.DUPLICATE, again.status());
        assertTrue(again.error().contains("already stored as submission 'follow-up-2021'"), again.error());
        assertEquals(before, StoreSnapshot.of(dataset));
        ValidationOutcome dryRun = service.validate(IngestServiceTest.input(IngestServiceTest.VALID));
        assertTrue(dryRun.entries().stream().anyMatch(e -> e.source().equals(SubmissionGate.NEW_BYTES)), report(dryRun));
        // Replacing a submission with its own bytes is not a duplicate.
        assertEquals(IngestResult.Status.ACCEPTED, service.submit(IngestServiceTest.input(IngestServiceTest.VALID),
                "follow-up-2021", null, true).status());
    }

    private static final Path OTHER_COUNTRY_CSV = Path.of(System.getProperty("basedir", "."))
            .resolve("examples/other-country-2022/csv");

    static Stream<Path> examples() throws IOException {
        return Stream.concat(Stream.of(IngestServiceTest.VALID), IngestServiceTest.invalidExamples()
                .filter(SubmissionGateTest::readable));
    }

    private static boolean readable(Path file) {
        try {
            IngestServiceTest.input(file).parse();
            return true;
        } catch (IOException | org.gcmkg.io.RdfInputException e) {
            return false;
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theNarrowedContextGivesTheSameResultsAsTheFullOne(Path file) throws IOException {
        SubmissionGate gate = service.gate();
        for (String replacing : new String[] {null, "follow-up-2021"}) {
            SubmissionInput input = IngestServiceTest.input(file);
            var graph = input.parse();
            Set<String> full = results(gate.checkWithFullContext(graph, replacing));
            assertEquals(full, results(gate.check(graph, replacing)), file + " replacing " + replacing);
            // From the bytes, the stored statements are looked up as the parse delivers the triples.
            Set<String> fromBytes = results(gate.check(input, replacing));
            fromBytes.removeIf(r -> r.contains(SubmissionGate.NEW_BYTES.getURI()));
            assertEquals(full, fromBytes, file + " from its bytes, replacing " + replacing);
        }
    }

    @Test
    void theNarrowedContextGivesTheSameResultsForTheOtherCountrysWorkbook() {
        Project project = TestProject.get();
        Workbooks workbooks = new Workbooks(project.validator().shapes().getGraph(),
                new DataContext(project.validator().context()));
        Graph graph = workbooks.map(workbooks.read(OTHER_COUNTRY_CSV, InputLimits.DEFAULT)).graph();
        assertTrue(graph.size() > 100, "the other country's edition maps to " + graph.size() + " triples");
        SubmissionGate gate = service.gate();
        for (String replacing : new String[] {null, "follow-up-2021"}) {
            Set<String> full = results(gate.checkWithFullContext(graph, replacing));
            assertEquals(full, results(gate.check(graph, replacing)), "other-country-2022 replacing " + replacing);
            assertTrue(gate.check(graph, replacing).accepted(), full.toString());
        }
    }

    @Test
    void withoutAStoreTheGateGivesTheSameVerdictAsWithAnEmptyOne() throws IOException {
        SubmissionGate offline = new SubmissionGate(TestProject.get());
        for (Path file : examples().toList()) {
            var graph = IngestServiceTest.input(file).parse();
            Set<String> expected = results(new SubmissionGate(TestProject.get(),
                    new Submissions(emptyStore())).check(graph, null));
            assertEquals(expected, results(offline.check(graph, null)), file.toString());
        }
    }

    private static DatasetGraph emptyStore() {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        return store.dataset();
    }
}
