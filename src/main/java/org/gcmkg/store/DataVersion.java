package org.gcmkg.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gcmkg.io.Checksums;
import org.gcmkg.vocab.Gcm;

/**
 * Which state of the data a read transaction sees, so that answers computed from the data can be kept until the
 * next write.
 *
 * <p>The in-process {@link #number() number} is TDB2's data version: the store's transaction coordinator counts every
 * committed write transaction (a submission stored, replaced or removed, the curated data reloaded), and a read
 * transaction sees the count of the state it reads. Being read inside the same transaction as the query, it can
 * never label an answer with the wrong state. The {@link #tag() tag} names the content itself, so that it stays the
 * same across restarts of an unchanged store: a SHA-256 over the curated content's digest and the submission
 * records (each record holds its submission's SHA-256 and time, so storing, replacing or removing one changes it).
 *
 * @param number   the data version within this process; -1 when the dataset is not a TDB2 store (nothing is kept)
 * @param tag      a name of the content, stable across restarts when the curated digest is known
 * @param modified when this process first saw this content, to the second
 */
public record DataVersion(long number, String tag, Instant modified) {
    /** The context key under which {@link GcmStore} keeps the digest of the curated content it holds. */
    public static final Symbol CURATED_DIGEST = Symbol.create("https://w3id.org/gcm/ontology#curatedDigest");

    /** Names content whose curated digest is unknown: unique to this process, so never confused with another. */
    private static final String PROCESS = UUID.randomUUID().toString();

    /** Whether answers over this version may be kept. */
    public boolean cacheable() {
        return number >= 0;
    }

    /** Follows the data versions of one dataset, remembering the last one's tag. */
    public static final class Tracker {
        private final DatasetGraph dataset;
        private final Clock clock;
        private volatile DataVersion last;

        /** A tracker of {@code dataset}. */
        public Tracker(DatasetGraph dataset) {
            this(dataset, Clock.systemUTC());
        }

        Tracker(DatasetGraph dataset, Clock clock) {
            this.dataset = dataset;
            this.clock = clock;
        }

        /** The version the calling thread's read (or write) transaction sees; call it inside that transaction. */
        public DataVersion current() {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
            if (tdb == null || tdb.getTxnSystem().getThreadTransaction() == null) {
                return new DataVersion(-1, "uncached", clock.instant().truncatedTo(ChronoUnit.SECONDS));
            }
            long number = tdb.getTxnSystem().getThreadTransaction().getDataVersion();
            DataVersion seen = last;
            if (seen != null && seen.number() == number) {
                return seen;
            }
            String tag = tag();
            Instant modified = seen != null && seen.tag().equals(tag) ? seen.modified()
                    : clock.instant().truncatedTo(ChronoUnit.SECONDS);
            DataVersion now = new DataVersion(number, tag, modified);
            if (seen == null || number > seen.number()) {
                last = now;
            }
            return now;
        }

        private String tag() {
            Object digest = dataset.getContext().get(CURATED_DIGEST);
            List<String> lines = new ArrayList<>();
            dataset.find(Gcm.SUBMISSION_RECORDS_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q ->
                    lines.add(NodeFmtLib.str(q.asTriple())));
            lines.sort(null);
            StringBuilder text = new StringBuilder(digest == null ? "process " + PROCESS : "curated " + digest);
            lines.forEach(l -> text.append('\n').append(l));
            return Checksums.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
