package org.gcmkg.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.gcmkg.TestProject;
import org.gcmkg.ingest.IngestResult;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.io.RdfFiles;
import org.gcmkg.store.GcmStore;

/** The editions the cross-engine and per-edition tests ask for, and stores that hold them. */
public final class Editions {
    /** The default edition of every named query. */
    public static final String EDITION_2020 = "https://w3id.org/gcm/report/informe-ejecutivo-2020";
    /** The fictitious edition of {@code examples/follow-up-2021}. */
    public static final String EDITION_2021 = "https://w3id.org/gcm/report/ejemplo-ficticio-2021";
    /** The examples directory of the working copy. */
    public static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    /** The conforming example submission. */
    public static final Path FOLLOW_UP_2021 = EXAMPLES.resolve("follow-up-2021/submission.ttl");

    private Editions() {
    }

    /** A submission read from a file as the gate reads it. */
    public static SubmissionInput input(Path file) {
        try {
            return new SubmissionInput(Files.readAllBytes(file), RdfFiles.langFor(file.toString()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new in-memory store with the curated data and, stored through the gate, the 2021 example submission. */
    public static DatasetGraph curatedWith2021() {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        IngestService gate = new IngestService(TestProject.get(), store.dataset(),
                Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
        IngestResult result = gate.submit(input(FOLLOW_UP_2021), "follow-up-2021", "upmrip", false);
        if (result.status() != IngestResult.Status.ACCEPTED) {
            throw new IllegalStateException("the 2021 example was not accepted: " + result.status());
        }
        return store.dataset();
    }

    /** Every triple of every graph of a dataset, in one graph. */
    public static Graph allTriples(DatasetGraph dataset) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(q -> g.add(q.asTriple())));
        return g;
    }
}
