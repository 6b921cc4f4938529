package org.gcmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @BeforeAll
    static void start() throws Exception {
        GcmStore store = GcmStore.inMemory();
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
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
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
