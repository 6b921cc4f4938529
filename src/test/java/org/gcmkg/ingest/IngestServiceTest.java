package org.gcmkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.StoreSnapshot;
import org.gcmkg.TestProject;
import org.gcmkg.io.RdfFiles;
import org.gcmkg.query.NamedQuery;
import org.gcmkg.store.GcmStore;
import org.gcmkg.validation.ReportFormat;
import org.gcmkg.validation.ReportWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The submission gate over an in-memory store, with the examples of {@code examples/}. */
class IngestServiceTest {
    static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    static final Path VALID = EXAMPLES.resolve("follow-up-2021/submission.ttl");
    static final String EDITION_2021 = "https://w3id.org/gcm/report/ejemplo-ficticio-2021";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private DatasetGraph dataset;
    private IngestService gate;

    @BeforeEach
    void openStore() {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        dataset = store.dataset();
        gate = new IngestService(TestProject.get(), dataset, CLOCK);
    }

    static SubmissionInput input(Path file) throws IOException {
        return new SubmissionInput(Files.readAllBytes(file), RdfFiles.langFor(file.toString()), file.toString());
    }

    static Stream<Path> invalidExamples() throws IOException {
        return Files.list(EXAMPLES.resolve("invalid")).sorted();
    }

    private List<List<String>> query(String name, String edition) {
        NamedQuery q = TestProject.get().queries().get(name).orElseThrow().forEdition(edition);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(q.sparql(), DatasetFactory.wrap(dataset))) {
                return TestProject.rows(qe.execSelect());
            }
        });
    }

    @Test
    void theExampleEditionIsAcceptedWithItsRecord() throws IOException {
        SubmissionInput in = input(VALID);
        IngestResult result = gate.submit(in, "follow-up-2021", "upmrip", false);
        assertEquals(IngestResult.Status.ACCEPTED, result.status(), () -> String.valueOf(result.error()));
        SubmissionRecord record = gate.submissions().get("follow-up-2021").orElseThrow();
        assertEquals(in.parse().size(), record.tripleCount());
        assertEquals(in.sha256(), record.sha256());
        assertEquals(64, record.sha256().length());
        assertEquals(EDITION_2021, record.edition().orElseThrow());
        assertEquals("https://w3id.org/gcm/institution/upmrip", record.institution().orElseThrow());
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), record.received());
        TestProject.assertIsomorphic(in.parse(), gate.submissions().content("follow-up-2021").orElseThrow(),
                "the stored submission");
    }

    @Test
    void theExampleEditionHasItsOwnAggregates() throws IOException {
        assertEquals(IngestResult.Status.ACCEPTED, gate.submit(input(VALID), "follow-up-2021", null, false).status());
        assertEquals(List.of(List.of("5", "2")), query("headline-figures", EDITION_2021));
        assertEquals(List.of("7", "2"), List.of(query("objectives-most-actions", EDITION_2021).get(0).get(0),
                query("objectives-most-actions", EDITION_2021).get(0).get(3)));
        assertEquals(List.of(
                List.of("Coordinación y cooperación inter e intra institucional",
                        "Inter- and intra-institutional coordination and cooperation", "2"),
                List.of("Recursos materiales, humanos y tecnológicos", "Material, human and technological resources", "1")),
                query("challenges-by-category", EDITION_2021));
        assertEquals(List.of(List.of("3", "3", "2", "2")), query("participation-summary", EDITION_2021));
        assertEquals(List.of(List.of("SE", "SECRETARÍA DE ECONOMÍA", "Ministry of Economy")),
                query("asked-but-did-not-send", EDITION_2021));
        // The 2020 report's published figures are untouched by the new edition.
        assertEquals(List.of(List.of("176", "33")), query("headline-figures", "https://w3id.org/gcm/report/informe-ejecutivo-2020"));
    }

    @ParameterizedTest
    @MethodSource("invalidExamples")
    void invalidExamplesLeaveTheStoreByteForByteUnchanged(Path file) throws IOException {
        assertEquals(IngestResult.Status.ACCEPTED, gate.submit(input(VALID), "follow-up-2021", null, false).status());
        String before = StoreSnapshot.of(dataset);
        IngestResult result = gate.submit(input(file), null, null, false);
        assertFalse(result.status() == IngestResult.Status.ACCEPTED, file + " was accepted");
        assertTrue(result.error() != null || result.outcome() != null);
        assertEquals(before, StoreSnapshot.of(dataset), file.toString());
        assertEquals(1, gate.submissions().list().size());
    }

    @Test
    void eachInvalidExampleFailsForItsOwnReason() throws IOException {
        assertEquals(IngestResult.Status.MALFORMED, gate.submit(input(EXAMPLES.resolve("invalid/malformed.ttl")),
                null, null, false).status());
        IngestResult remote = gate.submit(input(EXAMPLES.resolve("invalid/remote-context.jsonld")), null, null, false);
        assertEquals(IngestResult.Status.MALFORMED, remote.status());
        assertTrue(remote.error().contains("remote JSON-LD contexts are not fetched"), remote.error());
        assertShape("24th-objective.ttl", "ObjectiveShape");
        assertShape("relabel-objective.ttl", "ReferenceDataIsReadOnly");
        assertShape("relabel-objective.ttl", "ObjectivePrefLabelEs");
        assertShape("retype-institution.ttl", "ReferenceDataIsReadOnly");
        assertShape("action-without-objective.ttl", "ActionObjective");
        assertShape("negative-figure.ttl", "FigureValue");
        assertShape("included-without-sent.ttl", "ParticipationIncludedOnlyIfSent");
        assertShape("unknown-institution.ttl", "ActionResponsible");
        assertShape("empty.ttl", "SubmissionHasOneEdition");
        assertShape("empty.ttl", "SubmissionHasGcmResource");
        assertShape("off-topic.ttl", "MintsInItsEdition");
        assertShape("curated-edition.ttl", "SubmissionEdition");
        assertShape("curated-edition.ttl", "ServiceIrisAreReadOnly");
        assertShape("take-over-dataset.ttl", "ServiceIrisAreReadOnly");
        assertShape("own-submission-record.ttl", "ServiceTermsAreReserved");
        assertShape("misspelt-property.ttl", "TermsAreDeclared");
        assertShape("property-not-allowed.ttl", "PropertiesAllowedByShapes");
        assertShape("control-character.ttl", "ValuesAreXmlCharacters");
        assertShape("institution-wrong-country.ttl", "NewInstitutionIri");
        assertShape("outside-namespace.ttl", "MintsInItsEdition");
        for (String file : List.of("deep-nesting.ttl", "latin1.ttl", "external-entity.rdf")) {
            IngestResult r = gate.submit(input(EXAMPLES.resolve("invalid").resolve(file)), null, null, false);
            assertEquals(IngestResult.Status.MALFORMED, r.status(), file);
        }
        assertEquals(IngestResult.Status.ACCEPTED, gate.submit(input(VALID), "follow-up-2021", null, false).status());
        assertShape("takes-over-follow-up.ttl", "StoredSubmissionsAreReadOnly");
    }

    private void assertShape(String file, String shape) throws IOException {
        IngestResult r = gate.submit(input(EXAMPLES.resolve("invalid").resolve(file)), null, null, false);
        assertEquals(IngestResult.Status.NOT_CONFORMING, r.status(), file);
        assertTrue(r.outcome().entries().stream().anyMatch(e -> e.source().getURI().endsWith("#" + shape)),
                () -> file + " did not violate " + shape + ":\n" + new ReportWriter("en").write(r.outcome(), ReportFormat.TEXT));
    }

    @Test
    void aSubmissionNamingTwoEditionsIsRefused() {
        String twoEditions = "@prefix gcm: <https://w3id.org/gcm/ontology#> .\n"
                + "<https://example.org/x> gcm:inReport <https://w3id.org/gcm/report/informe-ejecutivo-2020> .\n"
                + "<https://example.org/y> gcm:inReport <https://w3id.org/gcm/report/ejemplo-ficticio-2021> .\n";
        IngestResult r = gate.submit(new SubmissionInput(twoEditions.getBytes(StandardCharsets.UTF_8),
                org.apache.jena.riot.Lang.TURTLE, "two.ttl"), null, null, false);
        assertEquals(IngestResult.Status.NOT_CONFORMING, r.status());
        assertTrue(r.outcome().entries().stream().anyMatch(e -> e.source().getURI().endsWith("#SubmissionHasOneEdition")));
    }

    @Test
    void replacingIsAtomicAndRemovingRetracts() throws IOException {
        assertEquals(IngestResult.Status.ACCEPTED, gate.submit(input(VALID), "follow-up-2021", null, false).status());
        String before = StoreSnapshot.of(dataset);
        IngestResult failed = gate.submit(input(EXAMPLES.resolve("invalid/negative-figure.ttl")), "follow-up-2021", null, true);
        assertEquals(IngestResult.Status.NOT_CONFORMING, failed.status());
        assertEquals(before, StoreSnapshot.of(dataset), "a failed replacement must keep the old submission");

        String smaller = Files.readString(VALID).replaceAll("(?s)<https://w3id.org/gcm/report/ejemplo-ficticio-2021/challenge/2>.*", "");
        IngestResult replaced = gate.submit(new SubmissionInput(smaller.getBytes(StandardCharsets.UTF_8),
                org.apache.jena.riot.Lang.TURTLE, "smaller.ttl"), "follow-up-2021", null, true);
        assertEquals(IngestResult.Status.ACCEPTED, replaced.status(), () -> String.valueOf(replaced.error()));
        assertEquals(List.of(List.of("Coordinación y cooperación inter e intra institucional",
                "Inter- and intra-institutional coordination and cooperation", "1"),
                List.of("Recursos materiales, humanos y tecnológicos", "Material, human and technological resources", "1")),
                query("challenges-by-category", EDITION_2021));

        assertTrue(gate.submissions().remove("follow-up-2021"));
        assertFalse(gate.submissions().remove("follow-up-2021"));
        assertTrue(query("headline-figures", EDITION_2021).isEmpty(), "the retracted edition has no report any more");
        assertTrue(gate.submissions().list().isEmpty());
        assertEquals(StoreSnapshot.of(curatedOnly()), StoreSnapshot.of(dataset));
    }

    private DatasetGraph curatedOnly() {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        return store.dataset();
    }

    @Test
    void requestsThatCannotBeTakenSaySo() throws IOException {
        assertEquals(IngestResult.Status.ACCEPTED, gate.submit(input(VALID), "follow-up-2021", null, false).status());
        assertEquals(IngestResult.Status.ID_TAKEN, gate.submit(input(VALID), "follow-up-2021", null, false).status());
        assertEquals(IngestResult.Status.NOT_FOUND, gate.submit(input(VALID), "nope", null, true).status());
        IngestResult badId = gate.submit(input(VALID), "../etc", null, false);
        assertEquals(IngestResult.Status.INVALID_REQUEST, badId.status());
        IngestResult badInstitution = gate.submit(input(VALID), "other", "objective/7", false);
        assertEquals(IngestResult.Status.INVALID_REQUEST, badInstitution.status());
        assertTrue(badInstitution.error().contains("unknown institution"), badInstitution.error());
    }

    @Test
    void aWriteToTheSameIdentifierDuringValidationIsNamedAndStoresNothingOfThisOne() throws IOException {
        byte[] bytes = Files.readAllBytes(VALID);
        SubmissionInput other = new SubmissionInput(
                (new String(bytes, StandardCharsets.UTF_8) + "\n# sent by another request\n").getBytes(StandardCharsets.UTF_8),
                RdfFiles.langFor(VALID.toString()), "other.ttl");
        IngestService racing = new IngestService(TestProject.get(), dataset, CLOCK, record ->
                assertEquals(IngestResult.Status.ACCEPTED, gate.submit(other, "follow-up-2021", null, false).status()));
        IngestResult result = racing.submit(input(VALID), "follow-up-2021", null, false);
        assertEquals(IngestResult.Status.CHANGED_WHILE_VALIDATED, result.status());
        assertEquals(other.sha256(), gate.submissions().get("follow-up-2021").orElseThrow().sha256());
    }

    @Test
    void aDuplicateNamesTheSubmissionThatHoldsTheSameBytes() throws IOException {
        assertEquals(IngestResult.Status.ACCEPTED, gate.submit(input(VALID), "follow-up-2021", null, false).status());
        IngestResult again = gate.submit(input(VALID), "again", null, false);
        assertEquals(IngestResult.Status.DUPLICATE, again.status());
        assertEquals("follow-up-2021", again.heldBy());
    }

    @Test
    void theSizeCapStopsReadingPastIt() throws IOException {
        SizeLimit limit = new SizeLimit(100);
        assertEquals(100, limit.read(new ByteArrayInputStream(new byte[100]), "exact").length);
        SizeLimit.TooLargeException e = assertThrows(SizeLimit.TooLargeException.class,
                () -> limit.read(new ByteArrayInputStream(new byte[101]), "big.ttl"));
        assertTrue(e.getMessage().contains("big.ttl") && e.getMessage().contains("100 bytes"), e.getMessage());
    }

    @Test
    void theDryRunNeverStores() throws IOException {
        String before = StoreSnapshot.of(dataset);
        assertTrue(gate.validate(input(VALID).parse()).accepted());
        assertFalse(gate.validate(input(EXAMPLES.resolve("invalid/24th-objective.ttl")).parse()).accepted());
        assertEquals(before, StoreSnapshot.of(dataset));
    }
}
