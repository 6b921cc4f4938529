package org.gcmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.gcmkg.StoreSnapshot;
import org.gcmkg.TestProject;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.store.GcmStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The budget of bytes validated at once: a dry run or a submission that would pass it while another validation holds
 * part of it gets 503 with Retry-After and a message in the request's language, and stores nothing; one alone is
 * always admitted.
 */
class ValidationBudgetHttpTest {
    private static final Path VALID = Path.of(System.getProperty("basedir", "."))
            .resolve("examples/follow-up-2021/submission.ttl");
    private static final String TOKEN = "budget-token-7d1e";

    private static GcmStore store;
    private static GcmServer server;
    private static ValidationBudget budget;
    private static byte[] submission;

    @BeforeAll
    static void start() throws Exception {
        submission = Files.readAllBytes(VALID);
        store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        IngestService gate = new IngestService(TestProject.get(), store.dataset(), Clock.systemUTC());
        budget = new ValidationBudget(submission.length + 1000L);
        server = GcmServer.start(store.dataset(), ServerSettings.ephemeral(), List.of(new SubmissionsExtension(gate,
                WriteAuth.withToken(Optional.of(TOKEN)), new SizeLimit(submission.length + 500L), () -> { },
                TestProject.get(), budget)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<String> post(String path, String language) throws Exception {
        return post(path, language, submission);
    }

    private static HttpResponse<String> post(String path, String language, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "text/turtle").header("Accept-Language", language)
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aValidationPastTheBudgetBesideAnotherGets503InTheRequestsLanguageAndStoresNothing() throws Exception {
        String before = StoreSnapshot.of(store.dataset());
        try (ValidationBudget.Hold running = budget.tryAdmit(2000).orElseThrow()) {
            HttpResponse<String> dryRun = post("/validate", "en");
            assertEquals(503, dryRun.statusCode(), dryRun.body());
            assertEquals("10", dryRun.headers().firstValue("Retry-After").orElse(""));
            JsonObject en = JSON.parse(dryRun.body());
            assertEquals("Other submissions are being validated and fill the memory set aside for validation; try again "
                    + "in 10 seconds.", en.get("error").getAsString().value());
            HttpResponse<String> stored = post("/submissions", "es");
            assertEquals(503, stored.statusCode(), stored.body());
            assertEquals("10", stored.headers().firstValue("Retry-After").orElse(""));
            assertEquals("Se están validando otras entregas, que ocupan la memoria reservada para validar; vuelva a "
                    + "intentarlo en 10 segundos.", JSON.parse(stored.body()).get("error").getAsString().value());
            // A body past the size cap is refused for its size, busy or not: it would not be parsed.
            assertEquals(413, post("/validate", "en", Arrays.copyOf(submission, submission.length + 600)).statusCode());
            assertEquals(before, StoreSnapshot.of(store.dataset()));
        }
        HttpResponse<String> alone = post("/validate", "en");
        assertEquals(200, alone.statusCode(), alone.body());
        assertTrue(alone.body().contains("\"conforms\""), alone.body());
    }

    @Test
    void theBudgetAdmitsWhatFitsBesideTheOthersAndAnythingAlone() {
        ValidationBudget b = new ValidationBudget(100);
        try (ValidationBudget.Hold big = b.tryAdmit(500).orElseThrow()) {
            assertTrue(b.tryAdmit(1).isEmpty(), "nothing beside a validation past the budget");
        }
        ValidationBudget.Hold first = b.tryAdmit(60).orElseThrow();
        ValidationBudget.Hold second = b.tryAdmit(40).orElseThrow();
        assertTrue(b.tryAdmit(1).isEmpty());
        second.close();
        second.close();
        assertTrue(b.tryAdmit(41).isEmpty(), "a hold closed twice is released once");
        b.tryAdmit(40).orElseThrow().close();
        first.close();
        b.tryAdmit(100).orElseThrow().close();
    }
}
