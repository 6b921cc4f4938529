package org.gcmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.gcmkg.TestProject;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.store.GcmStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The submission endpoints over HTTP: status codes, reports by content negotiation, authentication. */
class SubmissionsHttpTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final String TOKEN = "test-token-5f2c";

    private GcmServer server;
    private org.apache.jena.sparql.core.DatasetGraph store;
    private GcmServer readOnly;

    /** The servers' triple cap: far above the examples, low enough for a small body to pass it. */
    private static final long MAX_TRIPLES = 2000;

    @BeforeEach
    void start() {
        GcmStore writable = GcmStore.inMemory();
        writable.loadCurated(TestProject.get().data());
        store = writable.dataset();
        server = startOn(writable, Optional.of(TOKEN));
        readOnly = startWith(Optional.empty());
    }

    private static GcmServer startWith(Optional<String> token) {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        return startOn(store, token);
    }

    private static GcmServer startOn(GcmStore store, Optional<String> token) {
        IngestService gate = new IngestService(TestProject.get(), store.dataset(), Clock.systemUTC());
        return GcmServer.start(store.dataset(), ServerSettings.ephemeral(), List.of(
                new SubmissionsExtension(gate, WriteAuth.withToken(token), new SizeLimit(64 * 1024, MAX_TRIPLES), () -> { })));
    }

    @AfterEach
    void stop() {
        for (GcmServer s : new GcmServer[] {server, readOnly}) {
            if (s != null) {
                s.stop();
            }
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        // A fresh HTTP/1.1 client per request: Jetty may close a connection after refusing a body.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(GcmServer s, String path) {
        return HttpRequest.newBuilder(URI.create(s.baseUrl() + path));
    }

    private HttpResponse<String> post(String path, String type, Path file, boolean auth) throws Exception {
        HttpRequest.Builder b = request(server, path).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofFile(file));
        if (auth) {
            b.header("Authorization", "Bearer " + TOKEN);
        }
        return send(b);
    }

    private static Path valid() {
        return EXAMPLES.resolve("follow-up-2021/submission.ttl");
    }

    private static Path invalid(String name) {
        return EXAMPLES.resolve("invalid").resolve(name);
    }

    @Test
    void anAcceptedSubmissionIs201WithItsLocationAndCanBeListedShownReplacedAndRemoved() throws Exception {
        HttpResponse<String> created = post("/submissions?id=follow-up-2021&institution=upmrip", "text/turtle", valid(), true);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/submissions/follow-up-2021"));
        JsonObject record = JSON.parse(created.body());
        assertEquals("https://w3id.org/gcm/report/ejemplo-ficticio-2021", record.get("edition").getAsString().value());
        assertEquals("https://w3id.org/gcm/institution/upmrip", record.get("institution").getAsString().value());

        HttpResponse<String> list = send(request(server, "/submissions").GET());
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"follow-up-2021\""), list.body());
        HttpResponse<String> one = send(request(server, "/submissions/follow-up-2021").GET());
        assertEquals(200, one.statusCode());
        assertEquals(record.get("sha256"), JSON.parse(one.body()).get("sha256"));
        assertEquals(404, send(request(server, "/submissions/none").GET()).statusCode());

        HttpResponse<String> conflict = post("/submissions?id=follow-up-2021", "text/turtle", valid(), true);
        assertEquals(409, conflict.statusCode());

        HttpResponse<String> badReplace = send(request(server, "/submissions/follow-up-2021")
                .header("Content-Type", "text/turtle").header("Authorization", "Bearer " + TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofFile(invalid("negative-figure.ttl"))));
        assertEquals(422, badReplace.statusCode());
        assertEquals(record.get("sha256"), JSON.parse(send(request(server, "/submissions/follow-up-2021").GET()).body())
                .get("sha256"), "the old submission stays when its replacement fails");

        String smaller = Files.readString(valid())
                .replaceAll("(?s)<https://w3id.org/gcm/report/ejemplo-ficticio-2021/challenge/2>.*", "");
        HttpResponse<String> replaced = send(request(server, "/submissions/follow-up-2021")
                .header("Content-Type", "text/turtle").header("Authorization", "Bearer " + TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString(smaller)));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals(JSON.parse(created.body()).get("tripleCount").getAsNumber().value().intValue() - 3,
                JSON.parse(replaced.body()).get("tripleCount").getAsNumber().value().intValue());

        assertEquals(401, send(request(server, "/submissions/follow-up-2021").DELETE()).statusCode());
        assertEquals(204, send(request(server, "/submissions/follow-up-2021")
                .header("Authorization", "Bearer " + TOKEN).DELETE()).statusCode());
        assertEquals(404, send(request(server, "/submissions/follow-up-2021")
                .header("Authorization", "Bearer " + TOKEN).DELETE()).statusCode());
    }

    @Test
    void aNonConformingSubmissionIs422WithAReportInTheAskedFormatAndLanguage() throws Exception {
        HttpResponse<String> json = send(request(server, "/submissions").header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + TOKEN).header("Accept-Language", "es-MX,es;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofFile(invalid("24th-objective.ttl"))));
        assertEquals(422, json.statusCode());
        JsonObject summary = JSON.parse(json.body());
        assertFalse(summary.get("conforms").getAsBoolean().value());
        assertEquals("es", summary.get("language").getAsString().value());
        assertTrue(json.body().contains("https://w3id.org/gcm/objective/24"), json.body());
        assertTrue(json.body().contains("el PMM tiene 23 objetivos"), json.body());

        HttpResponse<String> turtle = send(request(server, "/submissions").header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + TOKEN).header("Accept", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofFile(invalid("retype-institution.ttl"))));
        assertEquals(422, turtle.statusCode());
        Model report = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(report);
        assertTrue(report.contains(null, report.createProperty("http://www.w3.org/ns/shacl#focusNode"),
                report.createResource("https://w3id.org/gcm/institution/inm")));

        HttpResponse<String> text = send(request(server, "/submissions?lang=en").header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + TOKEN).header("Accept", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofFile(invalid("action-without-objective.ttl"))));
        assertEquals(422, text.statusCode());
        assertTrue(text.body().startsWith("Does not conform."), text.body());

        HttpResponse<String> jsonld = send(request(server, "/submissions").header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + TOKEN).header("Accept", "application/ld+json")
                .POST(HttpRequest.BodyPublishers.ofFile(invalid("unknown-institution.ttl"))));
        assertEquals(422, jsonld.statusCode());
        Model fromJsonLd = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(fromJsonLd);
        assertFalse(fromJsonLd.isEmpty());
        assertEquals("{\"submissions\":[]}", send(request(server, "/submissions").GET()).body().replaceAll("\\s", ""));
    }

    @Test
    void malformedOversizedAndUnsupportedInputAreRefusedWithTheirCodes() throws Exception {
        HttpResponse<String> malformed = post("/submissions", "text/turtle", invalid("malformed.ttl"), true);
        assertEquals(400, malformed.statusCode());
        assertEquals(7, JSON.parse(malformed.body()).get("line").getAsNumber().value().intValue(), malformed.body());
        assertTrue(malformed.body().contains("at line 7, column"), malformed.body());
        HttpResponse<String> remote = post("/submissions", "application/ld+json", invalid("remote-context.jsonld"), true);
        assertEquals(400, remote.statusCode());
        assertTrue(remote.body().contains("remote JSON-LD contexts are not fetched"), remote.body());
        assertEquals(415, post("/submissions", "text/plain", valid(), true).statusCode());
        byte[] big = new byte[64 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> tooLarge = send(request(server, "/submissions").header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertEquals(413, tooLarge.statusCode());
        HttpResponse<String> tooLargeDryRun = send(request(server, "/validate").header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertEquals(413, tooLargeDryRun.statusCode());
    }

    @Test
    void aSubmissionPastTheTripleCapGets413InTheRequestsLanguageAndIsNotStored() throws Exception {
        String before = org.gcmkg.StoreSnapshot.of(store);
        StringBuilder ttl = new StringBuilder("@prefix ex: <https://example.org/> .\nex:a ex:p 0");
        for (int i = 1; i <= MAX_TRIPLES; i++) {
            ttl.append(", ").append(i);
        }
        byte[] body = ttl.append(" .\n").toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(body.length < 64 * 1024, "under the byte cap: " + body.length);
        HttpResponse<String> stored = send(request(server, "/submissions").header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(413, stored.statusCode(), stored.body());
        assertTrue(stored.body().contains("holds more than 2,000 triples, the most the gate holds in memory for one "
                + "submission"), stored.body());
        HttpResponse<String> dryRun = send(request(server, "/validate").header("Content-Type", "text/turtle")
                .header("Accept-Language", "es").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(413, dryRun.statusCode(), dryRun.body());
        assertTrue(dryRun.body().contains("contiene más de 2.000 tripletas"), dryRun.body());
        assertEquals(before, org.gcmkg.StoreSnapshot.of(store));
    }

    @Test
    void writesNeedTheTokenAndAreDisabledWithoutOne() throws Exception {
        HttpResponse<String> anonymous = post("/submissions", "text/turtle", valid(), false);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent());
        assertFalse(anonymous.body().contains("Exception"), anonymous.body());
        HttpResponse<String> wrong = send(request(server, "/submissions").header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer wrong").POST(HttpRequest.BodyPublishers.ofFile(valid())));
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> basic = send(request(server, "/submissions").header("Content-Type", "text/turtle")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("any:" + TOKEN).getBytes()))
                .POST(HttpRequest.BodyPublishers.ofFile(valid())));
        assertEquals(201, basic.statusCode(), basic.body());

        HttpResponse<String> disabled = send(request(readOnly, "/submissions").header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofFile(valid())));
        assertEquals(403, disabled.statusCode());
        assertTrue(disabled.body().contains("disabled"), disabled.body());
        assertEquals(200, send(request(readOnly, "/submissions").GET()).statusCode(), "reads stay public");
    }

    @Test
    void theGatesRulesAndHostileInputGetTheirCodesWithoutJavaNamesAndChangeNothing() throws Exception {
        assertEquals(201, post("/submissions?id=follow-up-2021", "text/turtle", valid(), true).statusCode());
        String before = org.gcmkg.StoreSnapshot.of(store);
        HttpResponse<String> duplicate = post("/submissions", "text/turtle", valid(), true);
        assertEquals(409, duplicate.statusCode());
        assertTrue(duplicate.body().contains("already stored as submission 'follow-up-2021'"), duplicate.body());
        for (String file : List.of("empty.ttl", "curated-edition.ttl", "take-over-dataset.ttl", "misspelt-property.ttl",
                "takes-over-follow-up.ttl", "control-character.ttl", "retype-institution.ttl")) {
            HttpResponse<String> r = post("/submissions", "text/turtle", invalid(file), true);
            assertEquals(422, r.statusCode(), file + ": " + r.body());
            HttpResponse<String> dry = post("/validate", "text/turtle", invalid(file), false);
            assertEquals(200, dry.statusCode(), file);
            assertEquals(JSON.parse(r.body()).get("results"), JSON.parse(dry.body()).get("results"), file);
        }
        for (String[] f : new String[][] {{"deep-nesting.ttl", "text/turtle", "nested deeper than 64 levels"},
                {"latin1.ttl", "text/turtle", "not valid UTF-8 at byte offset"},
                {"external-entity.rdf", "application/rdf+xml", "(DOCTYPE)"}}) {
            for (String path : List.of("/submissions", "/validate")) {
                HttpResponse<String> r = post(path, f[1], invalid(f[0]), true);
                assertEquals(400, r.statusCode(), f[0] + " " + path + ": " + r.body());
                assertTrue(r.body().contains(f[2]), r.body());
                assertFalse(r.body().matches("(?s).*(Exception|Error\\b|java\\.).*"), r.body());
            }
        }
        String deep = "@prefix ex: <https://example.org/> .\nex:a ex:p " + "[ ex:p ".repeat(100_000) + "ex:b"
                + " ]".repeat(100_000) + " .\n";
        HttpResponse<String> huge = send(request(server, "/validate").header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(deep)));
        assertTrue(huge.statusCode() == 400 || huge.statusCode() == 413, huge.statusCode() + huge.body());
        assertFalse(huge.body().contains("StackOverflow"), huge.body());
        assertEquals(before, org.gcmkg.StoreSnapshot.of(store));
    }

    @Test
    void theDryRunIsPublicAndNeverStores() throws Exception {
        HttpResponse<String> ok = post("/validate", "text/turtle", valid(), false);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(JSON.parse(ok.body()).get("conforms").getAsBoolean().value());
        HttpResponse<String> bad = post("/validate", "text/turtle", invalid("included-without-sent.ttl"), false);
        assertEquals(200, bad.statusCode());
        assertFalse(JSON.parse(bad.body()).get("conforms").getAsBoolean().value());
        assertEquals(400, post("/validate", "text/turtle", invalid("malformed.ttl"), false).statusCode());
        assertEquals("{\"submissions\":[]}", send(request(server, "/submissions").GET()).body().replaceAll("\\s", ""));
        assertTrue(Files.exists(valid()));
    }
}
