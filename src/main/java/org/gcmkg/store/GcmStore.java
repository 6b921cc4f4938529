package org.gcmkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gcmkg.vocab.Gcm;

/**
 * The service's TDB2 database, persistent in a directory or in memory. Its default graph is the union of its
 * named graphs: the curated graphs, loaded when the curated content changes (see {@link CuratedSync}), and one graph
 * per accepted submission.
 */
public final class GcmStore implements AutoCloseable {
    /**
     * The file beside the database that names the curated content the store holds. It is written only after the
     * content's transaction committed and removed before a reload starts, so a crash in between makes the next
     * start load the content again, never skip a load that did not happen.
     */
    static final String DIGEST_FILE = "gcm-kg-curated.sha256";

    private final DatasetGraph dataset;
    private final Path directory;

    private GcmStore(DatasetGraph dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (directory != null) {
            readDigest(directory).ifPresent(d -> dataset.getContext().set(DataVersion.CURATED_DIGEST, d));
        }
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
     * Replaces the curated named graphs with {@code data} in one transaction, as {@link #loadCurated(CuratedData,
     * String)} does, and forgets which curated content the store holds.
     */
    public void loadCurated(CuratedData data) {
        loadCurated(data, null);
    }

    /**
     * Makes the curated named graphs hold {@code data}, in one transaction: graphs of a previous version that the
     * data no longer has are dropped, a graph that did not change is left as it is, a graph without blank nodes is
     * changed by difference (so that the store grows only by what changed), and submissions are left untouched. Then
     * records {@code digest} (null for none) as the digest of the curated content the store holds.
     */
    public void loadCurated(CuratedData data, String digest) {
        recordDigest(null);
        Map<Node, Graph> graphs = data.namedGraphs();
        Txn.executeWrite(dataset, () -> {
            List<Node> stale = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(g -> {
                if (isCuratedGraph(g) && !graphs.containsKey(g)) {
                    stale.add(g);
                }
            });
            stale.forEach(g -> dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
            graphs.forEach(this::replaceGraph);
        });
        recordDigest(digest);
    }

    /** The digest of the curated content the store holds, if it was recorded when the content was loaded. */
    public Optional<String> curatedDigest() {
        return Optional.ofNullable((String) dataset.getContext().get(DataVersion.CURATED_DIGEST));
    }

    private void replaceGraph(Node name, Graph graph) {
        Graph stored = dataset.getGraph(name);
        List<Triple> old = stored.find().toList();
        boolean blank = old.stream().anyMatch(GcmStore::hasBlankNode) || graph.find().toList().stream()
                .anyMatch(GcmStore::hasBlankNode);
        if (blank) {
            if (!stored.isIsomorphicWith(graph)) {
                dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                graph.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            return;
        }
        Set<Triple> kept = new HashSet<>(old);
        for (Triple t : old) {
            if (!graph.contains(t)) {
                dataset.delete(name, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
        graph.find().forEachRemaining(t -> {
            if (!kept.contains(t)) {
                dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
    }

    private static boolean hasBlankNode(Triple t) {
        return t.getSubject().isBlank() || t.getObject().isBlank();
    }

    /** Keeps the digest in the dataset's context and, for a persistent store, in a file beside the database. */
    private void recordDigest(String digest) {
        if (digest == null) {
            dataset.getContext().remove(DataVersion.CURATED_DIGEST);
        } else {
            dataset.getContext().set(DataVersion.CURATED_DIGEST, digest);
        }
        if (directory == null) {
            return;
        }
        Path file = directory.resolve(DIGEST_FILE);
        try {
            if (digest == null) {
                Files.deleteIfExists(file);
            } else {
                Path temporary = directory.resolve(DIGEST_FILE + ".tmp");
                Files.writeString(temporary, digest + "\n", StandardCharsets.US_ASCII);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new StoreException("cannot record the curated data's digest in " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> readDigest(Path directory) {
        Path file = directory.resolve(DIGEST_FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
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
