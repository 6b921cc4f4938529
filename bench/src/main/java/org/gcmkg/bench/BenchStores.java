package org.gcmkg.bench;

import org.apache.jena.system.Txn;
import org.gcmkg.store.GcmStore;
import org.gcmkg.store.Project;
import org.gcmkg.vocab.Gcm;

/** Helpers for the stores the benchmark builds. */
final class BenchStores {
    private BenchStores() {
    }

    /** Loads the curated data into a store that has none yet, so that any server can serve it as it is. */
    static void ensureCurated(GcmStore store, Project project) {
        boolean empty = Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(Gcm.ONTOLOGY_GRAPH).isEmpty());
        if (empty) {
            store.loadCurated(project.data());
        }
    }
}
