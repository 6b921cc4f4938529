package org.gcmkg.publish;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the service publishes about one state of the data: counts, coverage and dumps, all read in one
 * transaction.
 *
 * @param modified   when the data last changed as far as the service knows, to the second
 * @param statistics the VoID counts
 * @param coverage   what the reports cover
 * @param dumps      the dump files
 */
public record Snapshot(Instant modified, VoidStatistics statistics, DataCoverage coverage, List<Dump> dumps) {
    /**
     * What identifies this state of the data: the checksum of the N-Quads dump, which holds every quad. It
     * changes when the data does (and when the server restarts, since blank nodes get new labels).
     */
    public String version() {
        return dumps.stream().filter(d -> d.id().equals(DumpService.NQUADS)).map(Dump::sha256).findFirst()
                .orElseThrow();
    }

    /** The dump of a file name, if there is one. */
    public Optional<Dump> dumpByFileName(String fileName) {
        return dumps.stream().filter(d -> d.fileName().equals(fileName)).findFirst();
    }
}
