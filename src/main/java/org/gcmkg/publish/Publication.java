package org.gcmkg.publish;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.query.NamedQueries;
import org.gcmkg.store.Project;
import org.gcmkg.vocab.Gcm;

/**
 * The data being published and the current {@link Snapshot} of it. The snapshot is computed when the service
 * starts; whoever writes to the dataset calls {@link #refresh()} after the write commits, so that VoID, the
 * catalogue and the dumps follow the data.
 */
public final class Publication {
    private final DatasetGraph dataset;
    private final PublishSettings settings;
    private final NamedQueries queries;
    private final Graph shapes;
    private final DumpService dumps;
    private final Clock clock;
    private volatile Snapshot snapshot;

    /**
     * A publication of {@code dataset}, with its first snapshot taken.
     *
     * @param dataset       the served dataset (named graphs, default graph their union)
     * @param curatedGraphs the named graphs of curated data, which the Turtle dump holds
     * @param queries       the named queries, published as examples
     * @param shapes        the SHACL shapes, published at {@code /shapes}
     * @param settings      how to publish
     */
    public Publication(DatasetGraph dataset, Set<Node> curatedGraphs, NamedQueries queries, Graph shapes,
            PublishSettings settings) {
        this(dataset, curatedGraphs, queries, shapes, settings, Clock.systemUTC());
    }

    Publication(DatasetGraph dataset, Set<Node> curatedGraphs, NamedQueries queries, Graph shapes,
            PublishSettings settings, Clock clock) {
        this.dataset = dataset;
        this.settings = settings;
        this.queries = queries;
        this.shapes = shapes;
        this.dumps = new DumpService(curatedGraphs);
        this.clock = clock;
        refresh();
    }

    /**
     * A publication of a project's content served from {@code dataset} (which {@link Project#newDataset()} made):
     * its curated data areas are the curated graphs, with its named queries and shapes.
     */
    public static Publication of(Project project, DatasetGraph dataset, PublishSettings settings) {
        Set<Node> curated = project.data().namedGraphs().keySet().stream()
                .filter(g -> !g.equals(Gcm.ONTOLOGY_GRAPH)).collect(Collectors.toSet());
        return new Publication(dataset, curated, project.queries(), project.validator().shapes().getGraph(),
                settings);
    }

    /**
     * Recomputes the counts, the coverage and the dumps from the data as it is now, in one read transaction. A
     * dump whose bytes did not change keeps its modification time, so harvesters asking "changed since" are not
     * sent the same file again.
     */
    public synchronized void refresh() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Snapshot next = Txn.calculateRead(dataset, () -> new Snapshot(now,
                VoidStatistics.compute(dataset, settings.iris().iriBase()),
                DataCoverage.compute(dataset),
                dumps.write(dataset, now)));
        Snapshot previous = snapshot;
        if (previous != null) {
            List<Dump> kept = new ArrayList<>();
            boolean allSame = true;
            for (Dump d : next.dumps()) {
                Optional<Dump> old = previous.dumpByFileName(d.fileName());
                if (old.isPresent() && old.get().sha256().equals(d.sha256())) {
                    kept.add(d.withModified(old.get().modified()));
                } else {
                    kept.add(d);
                    allSame = false;
                }
            }
            next = new Snapshot(allSame ? previous.modified() : now, next.statistics(), next.coverage(), kept);
        }
        snapshot = next;
    }

    /** The current snapshot. */
    public Snapshot snapshot() {
        return snapshot;
    }

    /** The served dataset. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** How the service publishes. */
    public PublishSettings settings() {
        return settings;
    }

    /** The named queries. */
    public NamedQueries queries() {
        return queries;
    }

    /** The SHACL shapes. */
    public Graph shapes() {
        return shapes;
    }

    /** The graphs the Turtle dump holds. */
    public List<Node> curatedGraphs() {
        return dumps.curatedGraphs();
    }
}
