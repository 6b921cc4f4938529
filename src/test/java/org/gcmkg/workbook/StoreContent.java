package org.gcmkg.workbook;

import java.io.StringWriter;
import java.util.Arrays;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** A store's whole content as sorted N-Quads, to check that a refused workbook changed nothing. */
final class StoreContent {
    private StoreContent() {
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
