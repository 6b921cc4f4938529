package org.gcmkg;

import java.io.StringWriter;
import java.util.Arrays;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A full export of a store, every quad of every graph as N-Quads, sorted, to assert that an operation left the
 * store byte for byte as it was: {@code assertEquals(before, StoreSnapshot.of(dataset))}. Blank nodes keep their
 * store-internal labels, so two snapshots of the same unchanged store are equal.
 */
public final class StoreSnapshot {
    private StoreSnapshot() {
    }

    /** The sorted N-Quads of every quad in {@code dataset}, read in one read transaction. */
    public static String of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            StringWriter out = new StringWriter();
            RDFDataMgr.write(out, dataset, Lang.NQUADS);
            String[] lines = out.toString().split("\n");
            Arrays.sort(lines);
            return String.join("\n", lines);
        });
    }
}
