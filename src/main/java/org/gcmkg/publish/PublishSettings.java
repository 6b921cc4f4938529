package org.gcmkg.publish;

import org.gcmkg.vocab.Gcm;

/**
 * How the linked-data side of the service publishes.
 *
 * @param iris               the mapping from server paths to the data's IRIs
 * @param queryTimeoutMillis the query timeout in force on the SPARQL endpoint, announced in its description
 * @param inboundLimit       the most inbound links a resource description lists, so that a resource many
 *                           others point to does not return half the graph
 */
public record PublishSettings(IriMapping iris, long queryTimeoutMillis, int inboundLimit) {
    /** The IRI base the data uses. */
    public static final String DEFAULT_IRI_BASE = Gcm.BASE;
    /** Default bound on inbound links per description. */
    public static final int DEFAULT_INBOUND_LIMIT = 200;

    /** Checks the values. */
    public PublishSettings {
        if (queryTimeoutMillis <= 0) {
            throw new IllegalArgumentException("query timeout must be positive, not " + queryTimeoutMillis);
        }
        if (inboundLimit < 1) {
            throw new IllegalArgumentException("inbound limit must be at least 1, not " + inboundLimit);
        }
    }

    /** Settings with the given IRI base and timeout and the default inbound limit. */
    public static PublishSettings of(String iriBase, long queryTimeoutMillis) {
        return new PublishSettings(new IriMapping(iriBase), queryTimeoutMillis, DEFAULT_INBOUND_LIMIT);
    }
}
