package org.gcmkg.ingest;

import java.io.StringWriter;
import java.util.Arrays;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** A store's whole content as sorted N-Quads, to compare a store before and after an operation. */
final class StoreDump {
    private StoreDump() {
    }

    static String of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            StringWriter out = new StringWriter();
            RDFDataMgr.write(out, dataset, Lang.NQUADS);
            String[] lines = out.toString().split("\n");
            Arrays.sort(lines);
            return String.join("\n", lines);
        });
    }
}
