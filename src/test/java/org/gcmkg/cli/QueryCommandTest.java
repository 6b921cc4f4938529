package org.gcmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.gcmkg.StoreSnapshot;
import org.gcmkg.store.GcmStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code query --edition}, over the curated data and over a persistent store that other commands write. */
class QueryCommandTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final String EDITION = "https://w3id.org/gcm/report/ejemplo-ficticio-2021";

    @TempDir
    Path tmp;

    private String snapshot(Path store) {
        try (GcmStore s = GcmStore.open(store)) {
            return StoreSnapshot.of(s.dataset());
        }
    }

    @Test
    void anEditionThatIsNotAnIriExitsTwoNamingIt() {
        String base = "https://w3id.org/gcm/report/";
        for (String bad : List.of(base + "x{y}", base + "x\"y", base + "x\\y", base + "x\ny", base + "x\ty",
                base + "x\\u003Ey", "informe-ejecutivo-2020")) {
            CliRun r = CliRun.of("query", "--edition", bad, "--format", "csv", "headline-figures");
            assertEquals(2, r.code(), bad + ": " + r.out());
            assertTrue(r.err().contains("not an IRI"), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void aStoredEditionIsAnsweredUntilItsSubmissionIsRemovedAndUnknownOnesExitTwo() {
        Path store = tmp.resolve("store");
        assertEquals(0, CliRun.of("ingest", "--store", store.toString(), "--id", "follow-up-2021",
                EXAMPLES.resolve("follow-up-2021/submission.ttl").toString()).code());
        String before = snapshot(store);
        CliRun asked = CliRun.of("query", "--store", store.toString(), "--edition", EDITION, "--format", "csv",
                "headline-figures");
        assertEquals("programmes_and_actions,contributing_institutions\r\n5,2\r\n", asked.out(), asked.err());
        CliRun typo = CliRun.of("query", "--store", store.toString(), "--edition", EDITION + "2", "--format", "csv",
                "headline-figures");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("no such edition") && typo.err().contains(EDITION + "2"), typo.err());
        CliRun bad = CliRun.of("query", "--store", store.toString(), "--edition", EDITION + "{", "headline-figures");
        assertEquals(2, bad.code());
        assertEquals(before, snapshot(store), "queries leave the store as it was");

        assertEquals(0, CliRun.of("submissions", "remove", "follow-up-2021", "--store", store.toString()).code());
        CliRun gone = CliRun.of("query", "--store", store.toString(), "--edition", EDITION, "--format", "csv",
                "headline-figures");
        assertEquals(2, gone.code(), gone.out());
        assertTrue(gone.err().contains("no such edition"), gone.err());
        CliRun curated = CliRun.of("query", "--store", store.toString(), "--format", "csv", "headline-figures");
        assertEquals("programmes_and_actions,contributing_institutions\r\n176,33\r\n", curated.out(), curated.err());
    }
}
