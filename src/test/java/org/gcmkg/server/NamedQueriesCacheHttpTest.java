package org.gcmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

import org.apache.jena.riot.Lang;
import org.gcmkg.TestProject;
import org.gcmkg.ingest.IngestResult;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.store.GcmStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept answers of named queries: never stale after a write, conditional requests, and the same over restarts. */
class NamedQueriesCacheHttpTest {
    private static final String EDITION_2021 = "https://w3id.org/gcm/report/ejemplo-ficticio-2021";
    private static final String HEADLINE_2021 = "/queries/headline-figures?edition="
            + URLEncoder.encode(EDITION_2021, StandardCharsets.UTF_8);
    private static final String HEADLINE_2020 = "/queries/headline-figures";
    private static final Path EXAMPLE = Path.of(System.getProperty("basedir", "."))
            .resolve("examples/follow-up-2021/submission.ttl");

    @TempDir
    Path tmp;

    private GcmStore store;
    private IngestService ingest;
    private GcmServer server;

    @BeforeEach
    void start() {
        open(GcmStore.open(tmp.resolve("store")));
    }

    private void open(GcmStore opened) {
        store = opened;
        store.loadCurated(TestProject.get().data(), "test-digest");
        ingest = new IngestService(TestProject.get(), store.dataset(), Clock.systemUTC());
        server = GcmServer.start(store.dataset(), ServerSettings.ephemeral(),
                List.of(new NamedQueriesExtension(TestProject.get().queries(), store.dataset(), 10_000)));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }

    private HttpResponse<String> get(String path, String accept, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept);
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void submit(String id) throws Exception {
        IngestResult r = ingest.submit(new SubmissionInput(Files.readAllBytes(EXAMPLE), Lang.TURTLE, "example"),
                id, null, false);
        assertEquals(IngestResult.Status.ACCEPTED, r.status(), r.toString());
    }

    @Test
    void noAnswerOutlivesAWrite() throws Exception {
        HttpResponse<String> before = get(HEADLINE_2021, "text/csv", null);
        assertEquals(404, before.statusCode(), before.body());
        String etag2020 = get(HEADLINE_2020, "text/csv", null).headers().firstValue("ETag").orElseThrow();

        submit("first");
        HttpResponse<String> stored = get(HEADLINE_2021, "text/csv", null);
        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals("programmes_and_actions,contributing_institutions\r\n5,2\r\n", stored.body());
        String etag = stored.headers().firstValue("ETag").orElseThrow();
        assertEquals(stored.body(), get(HEADLINE_2021, "text/csv", null).body(), "asked again: the kept answer");
        HttpResponse<String> same = get(HEADLINE_2021, "text/csv", etag);
        assertEquals(304, same.statusCode());
        assertEquals("", same.body());
        assertEquals(etag, same.headers().firstValue("ETag").orElseThrow());
        assertTrue(same.headers().firstValue("Vary").orElse("").contains("Accept"));
        HttpResponse<String> json = get(HEADLINE_2021, "application/sparql-results+json", etag);
        assertEquals(200, json.statusCode(), "another representation has another tag");
        assertTrue(json.body().contains("\"5\""), json.body());
        HttpResponse<String> default2020 = get(HEADLINE_2020, "text/csv", null);
        assertEquals("programmes_and_actions,contributing_institutions\r\n176,33\r\n", default2020.body());
        assertNotEquals(etag2020, default2020.headers().firstValue("ETag").orElseThrow(),
                "a write gives every answer a new tag");

        assertTrue(ingest.submissions().remove("first"));
        HttpResponse<String> removed = get(HEADLINE_2021, "text/csv", etag);
        assertEquals(404, removed.statusCode(), "the removed edition is gone, not answered from memory");
        assertTrue(removed.body().contains("no such edition"), removed.body());

        submit("second");
        HttpResponse<String> again = get(HEADLINE_2021, "text/csv", etag);
        assertEquals(200, again.statusCode(), "stored under another identifier: a new state, a new tag");
        assertEquals("programmes_and_actions,contributing_institutions\r\n5,2\r\n", again.body());
        assertNotEquals(etag, again.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void anUnchangedStoreKeepsItsTagsAcrossARestart() throws Exception {
        submit("first");
        HttpResponse<String> first = get(HEADLINE_2021, "text/csv", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        server.stop();
        store.close();
        server = null;
        store = GcmStore.open(tmp.resolve("store"));
        server = GcmServer.start(store.dataset(), ServerSettings.ephemeral(),
                List.of(new NamedQueriesExtension(TestProject.get().queries(), store.dataset(), 10_000)));
        assertEquals(304, get(HEADLINE_2021, "text/csv", etag).statusCode());
    }
}
