package org.gcmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.riot.Lang;
import org.gcmkg.StoreSnapshot;
import org.gcmkg.TestProject;
import org.gcmkg.ingest.IngestResult;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.store.GcmStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Named queries by name over HTTP, for the 2020 report and for a submitted edition. */
class NamedQueriesHttpTest {
    private static final String EDITION_2021 = "https://w3id.org/gcm/report/ejemplo-ficticio-2021";
    private static GcmServer server;
    private static GcmStore store;

    @BeforeAll
    static void start() throws Exception {
        store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        IngestService gate = new IngestService(TestProject.get(), store.dataset(), Clock.systemUTC());
        Path example = Path.of(System.getProperty("basedir", ".")).resolve("examples/follow-up-2021/submission.ttl");
        IngestResult r = gate.submit(new SubmissionInput(Files.readAllBytes(example), Lang.TURTLE, "example"),
                "follow-up-2021", null, false);
        assertEquals(IngestResult.Status.ACCEPTED, r.status());
        server = GcmServer.start(store.dataset(), ServerSettings.ephemeral(),
                List.of(new NamedQueriesExtension(TestProject.get().queries(), store.dataset(), 10_000)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return get(path, accept, "en");
    }

    private static HttpResponse<String> get(String path, String accept, String language) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept)
                        .header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String edition(String iri) {
        return "?edition=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    @Test
    void editionsThatAreNotIrisAre400InBothLanguagesAndChangeNothing() throws Exception {
        String before = StoreSnapshot.of(store.dataset());
        String base = "https://w3id.org/gcm/report/";
        for (String bad : List.of(base + "x{y}", base + "x\"y", base + "x\\y", base + "x\ny", base + "x\ty",
                base + "x\\u003Ey", "informe-ejecutivo-2020", base + "x> } ?s ?p ?o . { <y")) {
            for (String accept : List.of("text/csv", "application/sparql-results+json")) {
                HttpResponse<String> en = get("/queries/headline-figures" + edition(bad), accept);
                assertEquals(400, en.statusCode(), bad + ": " + en.body());
                assertTrue(en.body().contains("not an IRI"), en.body());
                assertTrue(en.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
                assertFalse(en.body().contains("Exception"), en.body());
            }
            HttpResponse<String> es = get("/queries/actions-per-objective" + edition(bad), "text/csv", "es-MX");
            assertEquals(400, es.statusCode());
            assertTrue(es.body().contains("no es un IRI"), es.body());
        }
        assertEquals(before, StoreSnapshot.of(store.dataset()));
    }

    @Test
    void aWellFormedEditionThatNoReportHasIs404NamingIt() throws Exception {
        String before = StoreSnapshot.of(store.dataset());
        String typo = "https://w3id.org/gcm/report/ejemplo-ficticio-2012";
        HttpResponse<String> en = get("/queries/headline-figures" + edition(typo), "text/csv");
        assertEquals(404, en.statusCode(), en.body());
        assertTrue(en.body().contains("no such edition") && en.body().contains(typo), en.body());
        HttpResponse<String> es = get("/queries/headline-figures" + edition(typo), "text/csv", "es");
        assertEquals(404, es.statusCode());
        assertTrue(es.body().contains("no existe esa edición") && es.body().contains(typo), es.body());
        // An IRI that names something other than a report is no edition either.
        assertEquals(404, get("/queries/headline-figures" + edition("https://w3id.org/gcm/objective/7"), "text/csv")
                .statusCode());
        assertEquals(before, StoreSnapshot.of(store.dataset()));
    }

    @Test
    void listsEveryNamedQuery() throws Exception {
        HttpResponse<String> r = get("/queries", "application/json");
        assertEquals(200, r.statusCode());
        assertEquals(TestProject.get().queries().all().size(), JSON.parse(r.body()).get("queries").getAsArray().size());
        assertTrue(r.body().contains("Cifras principales del informe"), "Spanish descriptions are listed");
    }

    @Test
    void runsAQueryForTheDefaultEditionAndForASubmittedOne() throws Exception {
        assertEquals("programmes_and_actions,contributing_institutions\r\n176,33\r\n",
                get("/queries/headline-figures", "text/csv").body());
        String edition = "?edition=" + URLEncoder.encode(EDITION_2021, StandardCharsets.UTF_8);
        assertEquals("programmes_and_actions,contributing_institutions\r\n5,2\r\n",
                get("/queries/headline-figures" + edition, "text/csv").body());
        HttpResponse<String> json = get("/queries/participation-summary" + edition, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"3\""), json.body());
    }

    @Test
    void unknownQueriesAndBadEditionsAreClientErrors() throws Exception {
        assertEquals(404, get("/queries/no-such-query", "text/csv").statusCode());
        HttpResponse<String> bad = get("/queries/headline-figures?edition=not%20an%20iri", "text/csv");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("not an IRI"), bad.body());
    }
}
