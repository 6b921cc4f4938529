package org.gcmkg.server;

import org.gcmkg.page.Paths;

/** The paths of the SPARQL endpoint and the read-only graph store, which the endpoint limits apply to. */
final class QueryPaths {
    private QueryPaths() {
    }

    /** Whether {@code path} is the dataset's path or one under it ({@code /gcm}, {@code /gcm/sparql}, …). */
    static boolean isEndpoint(String path) {
        return path != null && (path.equals(Paths.DATASET) || path.startsWith(Paths.DATASET + "/"));
    }
}
