package org.gcmkg.publish;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.query.NamedQueries;
import org.gcmkg.store.DataVersion;
import org.gcmkg.store.Project;
import org.gcmkg.vocab.Gcm;

/**
 * The data being published and the current {@link Snapshot} of it. The snapshot is computed when it is first asked
 * for, not when the service starts (reading the whole store for VoID counts and dumps would delay the first answer
 * by seconds on a large store), and again when it is asked for after the data changed: a TDB2 store's
 * {@link DataVersion} says so, and for other datasets whoever writes calls {@link #refresh()} after the write
 * commits.
 */
public final class Publication {
    private final DatasetGraph dataset;
    private final PublishSettings settings;
    private final NamedQueries queries;
    private final Supplier<Graph> shapes;
    private final Supplier<Set<Node>> curatedGraphs;
    private DumpService dumps;
    private final Clock clock;
    private final DataVersion.Tracker versions;
    private volatile Snapshot snapshot;
    private volatile long snapshotVersion = -1;
    private volatile boolean stale = true;

    /**
     * A publication of {@code dataset}; its first snapshot is taken when it is first asked for.
     *
     * @param dataset       the served dataset (named graphs, default graph their union)
     * @param curatedGraphs the named graphs of curated data, which the Turtle dump holds
     * @param queries       the named queries, published as examples
     * @param shapes        the SHACL shapes, published at {@code /shapes}
     * @param settings      how to publish
     */
    public Publication(DatasetGraph dataset, Set<Node> curatedGraphs, NamedQueries queries, Graph shapes,
            PublishSettings settings) {
        this(dataset, curatedGraphs, queries, () -> shapes, settings, Clock.systemUTC());
    }

    Publication(DatasetGraph dataset, Set<Node> curatedGraphs, NamedQueries queries, Graph shapes,
            PublishSettings settings, Clock clock) {
        this(dataset, curatedGraphs, queries, () -> shapes, settings, clock);
    }

    private Publication(DatasetGraph dataset, Set<Node> curatedGraphs, NamedQueries queries, Supplier<Graph> shapes,
            PublishSettings settings, Clock clock) {
        this(dataset, () -> curatedGraphs, queries, shapes, settings, clock);
    }

    private Publication(DatasetGraph dataset, Supplier<Set<Node>> curatedGraphs, NamedQueries queries,
            Supplier<Graph> shapes, PublishSettings settings, Clock clock) {
        this.dataset = dataset;
        this.settings = settings;
        this.queries = queries;
        this.shapes = shapes;
        this.curatedGraphs = curatedGraphs;
        this.clock = clock;
        this.versions = new DataVersion.Tracker(dataset);
    }

    /**
     * A publication of a project's content served from {@code dataset} (which {@link Project#newDataset()} made):
     * its curated data areas are the curated graphs, with its named queries and shapes.
     */
    public static Publication of(Project project, DatasetGraph dataset, PublishSettings settings) {
        // The names of the data areas are read with the dumps, not at start: listing them opens the content.
        Supplier<Set<Node>> curated = () -> project.curatedGraphNames().stream()
                .filter(g -> !g.equals(Gcm.ONTOLOGY_GRAPH)).collect(Collectors.toSet());
        return new Publication(dataset, curated, project.queries(), () -> project.validator().shapes().getGraph(),
                settings, Clock.systemUTC());
    }

    /** Marks the snapshot out of date after a write: the next {@link #snapshot()} computes it again. */
    public void refresh() {
        stale = true;
    }

    /**
     * The snapshot of the data as it is now, computed if the data changed since the last one: the counts, the
     * coverage and the dumps, in one read transaction. A dump whose bytes did not change keeps its modification
     * time, so harvesters asking "changed since" are not sent the same file again.
     */
    public Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current != null && !stale && snapshotVersion >= 0
                && Txn.calculateRead(dataset, () -> versions.current().number()) == snapshotVersion) {
            return current;
        }
        return recompute();
    }

    private synchronized Snapshot recompute() {
        long[] version = new long[1];
        Snapshot previous = snapshot;
        boolean wasStale = stale;
        stale = false;
        Snapshot next = Txn.calculateRead(dataset, () -> {
            version[0] = versions.current().number();
            if (previous != null && !wasStale && version[0] >= 0 && version[0] == snapshotVersion) {
                return null;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            return new Snapshot(now, VoidStatistics.compute(dataset, settings.iris().iriBase()),
                    DataCoverage.compute(dataset), dumps().write(dataset, now));
        });
        if (next == null) {
            return previous;
        }
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
            next = new Snapshot(allSame ? previous.modified() : next.modified(), next.statistics(), next.coverage(),
                    kept);
        }
        snapshot = next;
        snapshotVersion = version[0];
        return next;
    }

    private synchronized DumpService dumps() {
        if (dumps == null) {
            dumps = new DumpService(curatedGraphs.get());
        }
        return dumps;
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

    /** The SHACL shapes (for a project, read when first asked for). */
    public Graph shapes() {
        return shapes.get();
    }

    /** The graphs the Turtle dump holds. */
    public List<Node> curatedGraphs() {
        return dumps().curatedGraphs();
    }
}
