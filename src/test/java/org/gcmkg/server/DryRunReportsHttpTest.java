package org.gcmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.TestProject;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.io.Checksums;
import org.gcmkg.store.GcmStore;
import org.gcmkg.validation.ReportWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dry run's report in every format by Accept, each carrying what was validated (name, size, SHA-256), when,
 * against which shapes, and the counts by severity; the CSV parsed back row by row.
 */
class DryRunReportsHttpTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final String SH = "http://www.w3.org/ns/shacl#";

    private static GcmServer server;
    private static byte[] invalid;
    private static String sha256;
    private static JsonObject json;

    @BeforeAll
    static void start() throws Exception {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        IngestService gate = new IngestService(TestProject.get(), store.dataset(), Clock.systemUTC());
        server = GcmServer.start(store.dataset(), ServerSettings.ephemeral(), List.of(new SubmissionsExtension(gate,
                WriteAuth.withToken(Optional.empty()), new SizeLimit(SizeLimit.DEFAULT_MAX_BYTES), () -> { },
                TestProject.get())));
        invalid = Files.readAllBytes(EXAMPLES.resolve("invalid/24th-objective.ttl"));
        sha256 = Checksums.sha256(invalid);
        HttpResponse<String> r = post("text/turtle", invalid, "application/json", "");
        assertEquals(200, r.statusCode());
        json = JSON.parse(r.body());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<String> post(String type, byte[] body, String accept, String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/validate" + query))
                .header("Content-Type", type).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }

    @Test
    void theJsonReportNamesTheBodyItsChecksumTheTimeTheShapesAndTheCounts() {
        assertFalse(json.get("conforms").getAsBoolean().value());
        JsonObject file = json.get("files").getAsArray().get(0).getAsObject();
        assertEquals("request body", file.get("name").getAsString().value());
        assertEquals(invalid.length, file.get("size").getAsNumber().value().intValue());
        assertEquals(sha256, file.get("sha256").getAsString().value());
        Instant at = Instant.parse(json.get("validatedAt").getAsString().value());
        assertTrue(Duration.between(at, Instant.now()).abs().toMinutes() < 10, at.toString());
        assertEquals(TestProject.get().validator().version().sha256(),
                json.getObj("shapes").get("sha256").getAsString().value());
        int violations = json.getObj("counts").get("violations").getAsNumber().value().intValue();
        assertTrue(violations > 0);
        assertEquals(violations, json.get("results").getAsArray().stream()
                .filter(r -> r.getAsObject().get("severity").getAsString().value().equals("Violation")).count());
        assertEquals("Turtle", json.getObj("syntax").get("name").getAsString().value());
        assertFalse(json.getObj("syntax").get("detected").getAsBoolean().value());
    }

    @Test
    void aBodyWithoutContentLengthIsReportedAsTheSameBytes() throws Exception {
        // Chunked: the handler that reads bodies ahead cannot hand over an array of the declared length, so the
        // servlet reads the stream; the report must say the same as for the body sent with its length.
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/validate")).header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(invalid))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject chunked = JSON.parse(r.body());
        JsonObject file = chunked.get("files").getAsArray().get(0).getAsObject();
        assertEquals(invalid.length, file.get("size").getAsNumber().value().intValue());
        assertEquals(sha256, file.get("sha256").getAsString().value());
        assertEquals(json.get("counts"), chunked.get("counts"));
        assertEquals(json.get("results"), chunked.get("results"));
    }

    @Test
    void theCsvHasOneRowPerResultWithTheFileAndTheMessage() throws Exception {
        HttpResponse<String> r = post("text/turtle", invalid, "text/csv", "?lang=es");
        assertEquals(200, r.statusCode());
        assertEquals("text/csv", contentType(r));
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.body()))) {
            assertEquals(ReportWriter.CSV_COLUMNS, parser.getHeaderNames());
            rows = parser.getRecords();
        }
        assertEquals(json.get("results").getAsArray().size(), rows.size());
        assertTrue(rows.stream().allMatch(row -> row.get("file").equals("cuerpo de la petición")), r.body());
        assertTrue(rows.stream().anyMatch(row -> row.get("focus_node").equals("<https://w3id.org/gcm/objective/24>")
                && row.get("severity").equals("Violation") && row.get("message").contains("23 objetivos")), r.body());
    }

    @Test
    void everyRdfFormatCarriesTheSameReportWithItsMetadata() throws Exception {
        Model turtle = null;
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML)) {
            HttpResponse<String> r = post("text/turtle", invalid, lang.getHeaderString(), "");
            assertEquals(200, r.statusCode(), lang.getLabel());
            assertEquals(lang.getHeaderString(), contentType(r));
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), lang).parse(m);
            Property value = m.createProperty("http://spdx.org/rdf/terms#checksumValue");
            assertTrue(m.listObjectsOfProperty(value).toList().stream()
                    .anyMatch(o -> o.asLiteral().getLexicalForm().equals(sha256)), lang.getLabel());
            assertTrue(m.contains(null, m.createProperty("http://spdx.org/rdf/terms#fileName"), "request body"));
            assertTrue(m.contains(null, m.createProperty("http://www.w3.org/ns/prov#generatedAtTime")));
            assertEquals(json.get("results").getAsArray().size(),
                    m.listSubjectsWithProperty(RDF.type, m.createResource(SH + "ValidationResult")).toList().size());
            assertTrue(m.contains(null, m.createProperty(SH + "focusNode"),
                    m.createResource("https://w3id.org/gcm/objective/24")));
            if (turtle == null) {
                turtle = m;
            } else {
                // The time is to the second, so two answers may differ in it; everything else is the same.
                assertEquals(turtle.size(), m.size(), lang.getLabel());
            }
        }
    }

    @Test
    void theTextReportSaysTheVerdictTheCountsAndTheFileInTheAskedLanguage() throws Exception {
        HttpResponse<String> r = post("text/turtle", invalid, "text/plain", "?lang=es");
        assertEquals("text/plain", contentType(r));
        assertTrue(r.body().startsWith("No conforma."), r.body());
        assertTrue(r.body().contains(sha256), r.body());
        assertTrue(r.body().contains("cuerpo de la petición"), r.body());
    }

    @Test
    void anUploadedFileIsNamedAndADetectedSyntaxIsSaid() throws Exception {
        String boundary = "b0undary";
        byte[] form = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"objetivo-24.ttl\""
                + "\r\n\r\n" + new String(invalid, StandardCharsets.UTF_8) + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonObject uploaded = JSON.parse(post("multipart/form-data; boundary=" + boundary, form, "application/json", "")
                .body());
        JsonObject file = uploaded.get("files").getAsArray().get(0).getAsObject();
        assertEquals("objetivo-24.ttl", file.get("name").getAsString().value());
        assertEquals(sha256, file.get("sha256").getAsString().value(), "the checksum is of the file, not the form");
        assertEquals(json.get("results"), uploaded.get("results").getAsArray().stream().map(x -> {
            x.getAsObject().put("file", "request body");
            return x;
        }).collect(org.apache.jena.atlas.json.JsonArray::new, org.apache.jena.atlas.json.JsonArray::add,
                org.apache.jena.atlas.json.JsonArray::addAll));

        JsonObject detected = JSON.parse(post("text/plain", invalid, "application/json", "?detect=true").body());
        assertEquals("Turtle", detected.getObj("syntax").get("name").getAsString().value());
        assertTrue(detected.getObj("syntax").get("detected").getAsBoolean().value());
        assertEquals(json.get("counts"), detected.get("counts"));
        String jsonld = "{\"@id\": \"https://w3id.org/gcm/report/ejemplo-ficticio-2031\", \"@type\": "
                + "\"https://w3id.org/gcm/ontology#Report\"}";
        JsonObject fromJsonLd = JSON.parse(post("text/plain", jsonld.getBytes(StandardCharsets.UTF_8),
                "application/json", "?detect=true").body());
        assertEquals("JSON-LD", fromJsonLd.getObj("syntax").get("name").getAsString().value());
    }
}
