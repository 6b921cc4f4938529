package org.gcmkg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** Builds the dataset the service serves: one named graph per curated area, queried as their union by default. */
public final class GraphStore {
    private GraphStore() {
    }

    /** An in-memory TDB2 dataset holding the curated content, its default graph the union of the named graphs. */
    public static DatasetGraph inMemory(CuratedData data) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> data.namedGraphs().forEach((name, graph) ->
                graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()))));
        return dsg;
    }
}
