package org.gcmkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.TestProject;
import org.gcmkg.store.Project;
import org.gcmkg.vocab.Gcm;
import org.junit.jupiter.api.Test;

/** Snapshots follow the data when a writer calls refresh, and keep their time when nothing changed. */
class PublicationTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void refreshFollowsAWriteAndKeepsTheTimeWhenNothingChanged() {
        Project project = TestProject.get();
        DatasetGraph dataset = project.newDataset();
        ManualClock clock = new ManualClock();
        Set<Node> curated = Set.of(Gcm.REFERENCE_GRAPH, Gcm.dataGraph("informe-ejecutivo-2020"));
        Publication p = new Publication(dataset, curated, project.queries(), project.validator().shapes().getGraph(),
                PublishSettings.of(Gcm.BASE, 10_000), clock);
        Snapshot first = p.snapshot();
        assertEquals(clock.now, first.modified());

        clock.now = clock.now.plusSeconds(60);
        p.refresh();
        Snapshot same = p.snapshot();
        assertEquals(first.modified(), same.modified(), "nothing changed, so the time stays");
        assertEquals(first.dumps().get(0).sha256(), same.dumps().get(0).sha256());
        assertEquals(first.dumps().get(0).modified(), same.dumps().get(0).modified());

        clock.now = clock.now.plusSeconds(60);
        Node newGraph = NodeFactory.createURI(Gcm.GRAPH_BASE + "test-writes");
        Txn.executeWrite(dataset, () -> dataset.add(newGraph, NodeFactory.createURI(Gcm.BASE + "test/thing"),
                SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Thing", "en")));
        p.refresh();
        Snapshot after = p.snapshot();
        assertEquals(clock.now, after.modified());
        assertEquals(first.statistics().triples() + 1, after.statistics().triples());
        assertEquals(1L, after.statistics().graphTriples().get(newGraph.getURI()));
        Dump nquads = after.dumpByFileName("gcm-kg.nq.gz").orElseThrow();
        assertNotEquals(first.dumpByFileName("gcm-kg.nq.gz").orElseThrow().sha256(), nquads.sha256());
        assertEquals(clock.now, nquads.modified());
        // The write went to a graph that is not curated data, so the Turtle dump did not change.
        Dump turtle = after.dumpByFileName("gcm-kg-curated.ttl.gz").orElseThrow();
        assertEquals(first.dumpByFileName("gcm-kg-curated.ttl.gz").orElseThrow().sha256(), turtle.sha256());
        assertEquals(first.modified(), turtle.modified());
    }
}
