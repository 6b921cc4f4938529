package org.gcmkg.cli;

import java.nio.file.Path;

import org.gcmkg.store.GcmStore;

import picocli.CommandLine.Option;

/** The {@code --store} and {@code --in-memory} options shared by the commands that use the database. */
final class StoreOptions {
    /** The store directory used when none is given. */
    static final String DEFAULT_STORE = "gcm-store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT_STORE,
            description = "Directory of the persistent TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--in-memory", description = "Keep everything in memory (tests and demos): nothing survives a restart.")
    boolean inMemory;

    GcmStore open() {
        return inMemory ? GcmStore.inMemory() : GcmStore.open(store);
    }
}
