package org.gcmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.gcmkg.StoreSnapshot;
import org.gcmkg.WorkingCopy;
import org.gcmkg.store.GcmStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} on a persistent store does not redo unchanged work: unchanged curated content is neither validated
 * nor loaded again and the store does not grow; changed content is validated and loaded; content that does not
 * conform still keeps the server from starting.
 */
class ServeStartupTest {
    private static final String OLD_LABEL = "Collect and utilize accurate and disaggregated data as a basis for "
            + "evidence-based policies\"@en";
    private static final String NEW_LABEL = "Collect and use accurate and disaggregated data as a basis for "
            + "evidence-based policies\"@en";

    @TempDir
    Path tmp;

    private CliRun serve(Path data, Path store) {
        return CliRun.of("serve", "--port", "0", "--data", data.toString(), "--store", store.toString(),
                "--exit-after-start");
    }

    private static String snapshot(Path store) {
        try (GcmStore s = GcmStore.open(store)) {
            return StoreSnapshot.of(s.dataset());
        }
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Test
    void unchangedContentIsNotValidatedOrLoadedAgainAndTheStoreDoesNotGrow() throws IOException {
        Path data = WorkingCopy.in(tmp);
        Path store = tmp.resolve("store");
        CliRun first = serve(data, store);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("validated and loaded"), first.out());
        assertTrue(first.out().contains("Warm-up: GET /queries/headline-figures 200, GET /gcm/sparql 200, GET / 200, "
                + "POST /validate 200"), first.out());
        String loaded = snapshot(store);
        CliRun second = serve(data, store);
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("not validated or loaded again"), second.out());
        assertTrue(second.out().contains("(shapes not read)"),
                "nothing the first query does not need is read before the server serves: " + second.out());
        long size = bytes(store);
        for (int i = 0; i < 2; i++) {
            CliRun again = serve(data, store);
            assertTrue(again.out().contains("not validated or loaded again"), again.out());
        }
        assertEquals(size, bytes(store), "restarts of an unchanged store leave its size as it was");
        assertEquals(loaded, snapshot(store));
        CliRun query = CliRun.of("query", "--data", data.toString(), "--store", store.toString(), "--format", "csv",
                "headline-figures");
        assertEquals("programmes_and_actions,contributing_institutions\r\n176,33\r\n", query.out(), query.err());
        assertEquals(size, bytes(store), "a query on an unchanged store does not reload it either");
    }

    @Test
    void aChangedDataFileIsValidatedAndLoadedByDifference() throws IOException {
        Path data = WorkingCopy.in(tmp);
        Path store = tmp.resolve("store");
        assertEquals(0, serve(data, store).code());
        String before = snapshot(store);
        assertTrue(before.contains(OLD_LABEL));
        Path objectives = data.resolve("data/reference/objectives.ttl");
        Files.writeString(objectives, Files.readString(objectives).replace(OLD_LABEL, NEW_LABEL));
        CliRun changed = serve(data, store);
        assertEquals(0, changed.code(), changed.err());
        assertTrue(changed.out().contains("validated and loaded"), changed.out());
        String after = snapshot(store);
        assertTrue(after.contains(NEW_LABEL) && !after.contains(OLD_LABEL), "the new label replaced the old one");
        assertEquals(before.replace(OLD_LABEL, NEW_LABEL), after, "nothing else changed");
        assertTrue(serve(data, store).out().contains("not validated or loaded again"));
    }

    @Test
    void aChangeThatDoesNotConformStillKeepsTheServerFromStarting() throws IOException {
        Path data = WorkingCopy.in(tmp);
        Path store = tmp.resolve("store");
        assertEquals(0, serve(data, store).code());
        String before = snapshot(store);
        Files.writeString(data.resolve("data/reference/broken.ttl"), String.join("\n",
                "@prefix gcm: <https://w3id.org/gcm/ontology#> .",
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
                "<https://w3id.org/gcm/report/informe-ejecutivo-2020/action/99-1> a gcm:ReportedAction ;",
                "    gcm:inReport <https://w3id.org/gcm/report/informe-ejecutivo-2020> ;",
                "    skos:prefLabel \"Acción sin objetivo\"@es , \"Action without objective\"@en .", ""),
                StandardCharsets.UTF_8);
        CliRun refused = serve(data, store);
        assertEquals(1, refused.code(), refused.out());
        assertTrue(refused.err().contains("does not conform") && refused.err().contains("action/99-1"), refused.err());
        assertFalse(refused.out().contains("SPARQL endpoint"), "the server did not start");
        assertEquals(before, snapshot(store), "nothing was loaded");
        assertEquals(1, serve(data, store).code(), "refused again: a refusal is not recorded as done");
        Files.delete(data.resolve("data/reference/broken.ttl"));
        assertTrue(serve(data, store).out().contains("not validated or loaded again"),
                "the store still holds the content it held");
    }
}
