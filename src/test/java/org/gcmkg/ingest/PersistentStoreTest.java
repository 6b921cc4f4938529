package org.gcmkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.gcmkg.TestProject;
import org.gcmkg.store.GcmStore;
import org.gcmkg.vocab.Gcm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent store: submissions survive restarts, curated graphs are replaced, a killed ingest leaves nothing. */
class PersistentStoreTest {
    @TempDir
    Path tmp;

    @Test
    void submissionsSurviveARestartAndCuratedGraphsAreReplaced() throws IOException {
        Path dir = tmp.resolve("store");
        try (GcmStore store = GcmStore.open(dir)) {
            store.loadCurated(TestProject.get().data());
            IngestService gate = new IngestService(TestProject.get(), store.dataset(), Clock.systemUTC());
            assertEquals(IngestResult.Status.ACCEPTED,
                    gate.submit(IngestServiceTest.input(IngestServiceTest.VALID), "follow-up-2021", null, false).status());
            // A graph left by an older version of the curated data.
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(Quad.create(Gcm.dataGraph("old-area"),
                    NodeFactory.createURI("urn:old"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o"))));
        }
        try (GcmStore store = GcmStore.open(dir)) {
            store.loadCurated(TestProject.get().data());
            Submissions submissions = new Submissions(store.dataset());
            assertEquals(List.of("follow-up-2021"), submissions.list().stream().map(SubmissionRecord::id).toList());
            assertEquals(submissions.get("follow-up-2021").orElseThrow().tripleCount(),
                    submissions.content("follow-up-2021").orElseThrow().size());
            assertFalse(Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(Gcm.dataGraph("old-area"))),
                    "a curated graph the data no longer has must be dropped at start");
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(Gcm.REFERENCE_GRAPH)));
        }
    }

    /**
     * Kills a real ingest process as soon as it starts its storing transaction. Whatever the moment the kill
     * lands, the submission is then either wholly absent or wholly present, never in part.
     */
    @Test
    void aKilledIngestLeavesNoPartOfItsSubmission() throws Exception {
        Path dir = tmp.resolve("store");
        Path bulk = tmp.resolve("bulk.ttl");
        int sections = 25_000;
        String header = SubmissionGateTest.edition("ejemplo-ficticio-masivo", "");
        int triples = SubmissionGateTest.turtle(header).parse().size() + 4 * sections;
        try (BufferedWriter w = Files.newBufferedWriter(bulk, StandardCharsets.UTF_8)) {
            w.write(header);
            for (int i = 0; i < sections; i++) {
                w.write("<https://w3id.org/gcm/report/ejemplo-ficticio-masivo/section/" + i + "> a gcm:ReportSection ; "
                        + "dcterms:isPartOf <https://w3id.org/gcm/report/ejemplo-ficticio-masivo> ; "
                        + "dcterms:title \"Sección ficticia " + i + "\"@es , \"Fictitious section " + i + "\"@en .\n");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.gcmkg.cli.Main",
                "ingest", "--store", dir.toString(), "--id", "bulk", "--max-bytes", "100000000", bulk.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                if (line.contains("storing")) {
                    p.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(lines.stream().anyMatch(l -> l.contains("storing " + String.format(Locale.ENGLISH, "%,d", triples) + " triples")), String.join("\n", lines));
        try (GcmStore store = GcmStore.open(dir)) {
            Submissions submissions = new Submissions(store.dataset());
            long stored = Txn.calculateRead(store.dataset(), () ->
                    store.dataset().getGraph(Gcm.submissionGraph("bulk")).size());
            boolean recorded = submissions.get("bulk").isPresent();
            assertTrue((!recorded && stored == 0) || (recorded && stored == triples),
                    "partial submission after kill: record " + recorded + ", " + stored + " triples");
        }
    }
}
