package org.gcmkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.vocab.Gcm;
import org.junit.jupiter.api.Test;

/** The stored submissions' records, as the gate's duplicate rule reads them. */
class SubmissionsTest {
    private static final String DIGEST = "a".repeat(64);

    @Test
    void theSubmissionWithADigestIsFoundInIdentifierOrderSkippingTheOneReplaced() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Submissions submissions = new Submissions(dataset);
        store(submissions, "zeta", DIGEST);
        store(submissions, "alpha", DIGEST);
        store(submissions, "mid", "b".repeat(64));
        assertEquals(Optional.of("alpha"), submissions.withSha256(DIGEST, null));
        assertEquals(Optional.of("zeta"), submissions.withSha256(DIGEST, "alpha"));
        assertEquals(Optional.of("mid"), submissions.withSha256("b".repeat(64), "alpha"));
        assertEquals(Optional.empty(), submissions.withSha256("b".repeat(64), "mid"));
        assertEquals(Optional.empty(), submissions.withSha256("c".repeat(64), null));
        // A digest that is not a record's (a statement in a submission's own graph) is not a stored submission's.
        Txn.executeWrite(dataset, () -> dataset.add(Gcm.submissionGraph("mid"), Gcm.submissionRecord("other"),
                NodeFactory.createURI(Gcm.NS + "sha256"), NodeFactory.createLiteralString("c".repeat(64))));
        assertEquals(Optional.empty(), submissions.withSha256("c".repeat(64), null));
        submissions.remove("alpha");
        assertEquals(Optional.of("zeta"), submissions.withSha256(DIGEST, null));
    }

    private static void store(Submissions submissions, String id, String sha256) {
        var content = GraphFactory.createDefaultGraph();
        content.add(NodeFactory.createURI("https://w3id.org/gcm/report/ejemplo-ficticio-" + id),
                RDFS.label.asNode(), NodeFactory.createLiteralString(id));
        SubmissionRecord record = new SubmissionRecord(id, Optional.empty(), Instant.parse("2026-12-01T00:00:00Z"),
                1, sha256, Optional.empty());
        assertEquals(true, submissions.store(record, content, false));
    }
}
