package org.gcmkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gcmkg.vocab.Gcm;

/**
 * The service's TDB2 database, persistent in a directory or in memory. Its default graph is the union of its
 * named graphs: the curated graphs, reloaded at every start, and one graph per accepted submission.
 */
public final class GcmStore implements AutoCloseable {
    private final DatasetGraph dataset;
    private final Path directory;

    private GcmStore(DatasetGraph dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) a persistent store in {@code directory}. */
    public static GcmStore open(Path directory) {
        try {
            return new GcmStore(DatabaseMgr.connectDatasetGraph(Location.create(directory.toAbsolutePath())), directory);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store in " + directory + ": " + e.getMessage()
                    + " (is another gcm-kg process using it?)", e);
        }
    }

    /** A new store that lives in memory only. */
    public static GcmStore inMemory() {
        return new GcmStore(DatabaseMgr.createDatasetGraph(), null);
    }

    /** The dataset, for queries and the server. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Where the store lives, or "memory". */
    public String description() {
        return directory == null ? "memory" : directory.toAbsolutePath().toString();
    }

    /**
     * Replaces the curated named graphs with {@code data} in one transaction: graphs of a previous version that the
     * data no longer has are dropped, and submissions are left untouched.
     */
    public void loadCurated(CuratedData data) {
        Map<Node, Graph> graphs = data.namedGraphs();
        Txn.executeWrite(dataset, () -> {
            List<Node> stale = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(g -> {
                if (isCuratedGraph(g)) {
                    stale.add(g);
                }
            });
            stale.forEach(g -> dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
            graphs.forEach((name, graph) -> graph.find().forEachRemaining(t ->
                    dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
        });
    }

    /** Whether a graph name is one of the curated graphs (not a submission or the submission records). */
    static boolean isCuratedGraph(Node graph) {
        String iri = graph.getURI();
        return iri.startsWith(Gcm.GRAPH_BASE) && !iri.startsWith(Gcm.SUBMISSION_GRAPH_BASE)
                && !iri.equals(Gcm.SUBMISSION_RECORDS_GRAPH.getURI());
    }

    /** Releases the database so that another process (or a later open) can use its directory. */
    @Override
    public void close() {
        TDBInternal.expel(dataset);
    }
}
