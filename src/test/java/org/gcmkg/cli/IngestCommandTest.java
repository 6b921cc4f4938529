package org.gcmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.gcmkg.store.GcmStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, submissions and query --store as a user runs them against a persistent store. */
class IngestCommandTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final String EDITION = "https://w3id.org/gcm/report/ejemplo-ficticio-2021";

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String dump(Path store) {
        try (GcmStore s = GcmStore.open(store)) {
            return Txn.calculateRead(s.dataset(), () -> {
                StringWriter w = new StringWriter();
                RDFDataMgr.write(w, s.dataset(), Lang.NQUADS);
                return w.toString().lines().sorted().reduce("", (a, b) -> a + b + "\n");
            });
        }
    }

    @Test
    void theValidExampleIsStoredAndItsEditionQueried() {
        Path store = tmp.resolve("store");
        CliRun ingest = run("ingest", "--store", store.toString(), "--id", "follow-up-2021", "--institution", "upmrip",
                EXAMPLES.resolve("follow-up-2021/submission.ttl").toString());
        assertEquals(0, ingest.code(), ingest.out() + ingest.err());
        assertTrue(ingest.out().contains("stored as submission follow-up-2021"), ingest.out());
        CliRun list = run("submissions", "list", "--store", store.toString());
        assertTrue(list.out().startsWith("1 submissions"), list.out());
        assertTrue(list.out().contains("follow-up-2021") && list.out().contains(EDITION), list.out());
        CliRun show = run("submissions", "show", "follow-up-2021", "--store", store.toString());
        assertEquals(0, show.code());
        assertTrue(show.out().contains("Tablero ficticio de datos migratorios"), show.out());
        CliRun query = run("query", "--store", store.toString(), "--edition", EDITION, "--format", "csv", "headline-figures");
        assertEquals("programmes_and_actions,contributing_institutions\r\n5,2\r\n", query.out(), query.err());
        CliRun remove = run("submissions", "remove", "follow-up-2021", "--store", store.toString());
        assertEquals(0, remove.code());
        assertEquals(2, run("submissions", "remove", "follow-up-2021", "--store", store.toString()).code());
        assertTrue(run("submissions", "list", "--store", store.toString()).out().startsWith("0 submissions"));
    }

    @Test
    void everyInvalidExampleFailsWithItsCodeAndLeavesTheStoreUnchanged() {
        Path store = tmp.resolve("store");
        assertEquals(0, run("ingest", "--store", store.toString(), "--id", "follow-up-2021",
                EXAMPLES.resolve("follow-up-2021/submission.ttl").toString()).code());
        String before = dump(store);
        Map<String, String[]> expected = Map.ofEntries(
                Map.entry("empty.ttl", new String[] {"1", "this one names none"}),
                Map.entry("off-topic.ttl", new String[] {"1", "is outside this submission's namespace"}),
                Map.entry("curated-edition.ttl", new String[] {"1", "is a curated report edition"}),
                Map.entry("take-over-dataset.ttl", new String[] {"1", "<https://w3id.org/gcm/dataset> is reserved by the service"}),
                Map.entry("own-submission-record.ttl", new String[] {"1", "kept by the service for its own submission records"}),
                Map.entry("misspelt-property.ttl", new String[] {"1", "startDat> is not declared in the GCM ontology"}),
                Map.entry("property-not-allowed.ttl", new String[] {"1", "not a property the shapes allow on a gcm:ReportedAction"}),
                Map.entry("control-character.ttl", new String[] {"1", "the character U+0001 at position 5"}),
                Map.entry("institution-wrong-country.ttl", new String[] {"1", "https://w3id.org/gcm/institution/mex/"}),
                Map.entry("outside-namespace.ttl", new String[] {"1", "<https://example.org/accion/7-1> is outside"}),
                Map.entry("takes-over-follow-up.ttl", new String[] {"1", "belongs to the stored submission 'follow-up-2021'"}),
                Map.entry("deep-nesting.ttl", new String[] {"2", "deep-nesting.ttl:9: nested deeper than 64 levels"}),
                Map.entry("latin1.ttl", new String[] {"2", "not valid UTF-8 at byte offset"}),
                Map.entry("external-entity.rdf", new String[] {"2", "(DOCTYPE) or entity declaration is refused"}),
                Map.entry("24th-objective.ttl", new String[] {"1", "focus node: objective:24"}),
                Map.entry("relabel-objective.ttl", new String[] {"1", "may not add statements about a resource of the curated data"}),
                Map.entry("retype-institution.ttl", new String[] {"1", "institution:inm"}),
                Map.entry("action-without-objective.ttl", new String[] {"1", "listed under exactly one objective"}),
                Map.entry("negative-figure.ttl", new String[] {"1", "non-negative number"}),
                Map.entry("included-without-sent.ttl", new String[] {"1", "only for an institution that sent information"}),
                Map.entry("unknown-institution.ttl", new String[] {"1", "must be an institution"}),
                Map.entry("malformed.ttl", new String[] {"2", "malformed.ttl, line 7, column 112: this is not valid Turtle"}),
                Map.entry("remote-context.jsonld", new String[] {"2", "remote JSON-LD contexts are not fetched"}));
        expected.forEach((file, want) -> {
            CliRun r = run("ingest", "--store", store.toString(), EXAMPLES.resolve("invalid").resolve(file).toString());
            assertEquals(Integer.parseInt(want[0]), r.code(), file + ": " + r.out() + r.err());
            assertTrue((r.out() + r.err()).contains(want[1]), file + ": " + r.out() + r.err());
            assertFalse((r.out() + r.err()).matches("(?s).*(Exception|\\tat |java\\.lang).*"), file + ": " + r.err());
            assertEquals(before, dump(store), file + " changed the store");
        });
        CliRun again = run("ingest", "--store", store.toString(), EXAMPLES.resolve("follow-up-2021/submission.ttl").toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already stored as submission 'follow-up-2021'"), again.err());
        assertEquals(before, dump(store));
        CliRun tooLarge = run("ingest", "--store", store.toString(), "--max-bytes", "100",
                EXAMPLES.resolve("follow-up-2021/submission.ttl").toString());
        assertEquals(2, tooLarge.code());
        assertTrue(tooLarge.err().contains("larger than the cap of 100 bytes"), tooLarge.err());
        assertEquals(before, dump(store));
    }

    @Test
    void usageErrorsExitTwo() {
        Path store = tmp.resolve("store");
        assertEquals(2, run("ingest", "--store", store.toString(), "--replace",
                EXAMPLES.resolve("follow-up-2021/submission.ttl").toString()).code());
        assertEquals(2, run("submissions", "show", "--store", store.toString()).code());
        assertEquals(2, run("submissions", "frobnicate", "x", "--store", store.toString()).code());
        assertEquals(2, run("query", "--edition", EDITION, tmp.resolve("none.rq").toString()).code());
    }
}
