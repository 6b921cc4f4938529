package org.gcmkg.server;

import java.time.Duration;

import org.gcmkg.ingest.SizeLimit;

/**
 * The limits that keep the server answering while some clients send heavy queries or trickle their request
 * bodies.
 *
 * @param workerThreads        the most threads the server runs requests on
 * @param maxQueryBytes        the longest query text the SPARQL endpoint takes (UTF-8 bytes); longer gets 413
 * @param maxBodyBytes         the most of a request body (other than a query) read before the request is handled;
 *                             it should be at least the submission size cap, which the submission servlets check
 * @param endpointRunning      how many endpoint queries run at once; the others wait in a queue
 * @param endpointWaiting      how many endpoint queries may wait; past that the endpoint answers 503
 * @param maxWait              the longest a query waits for its turn before it gets 503
 * @param perClientQueries     how many endpoint queries one client address may have running or waiting; past that
 *                             it gets 429
 * @param minBodyRate          the slowest a request body may arrive, in bytes per second, after {@code bodyGrace}
 * @param bodyGrace            how long a request body may take before {@code minBodyRate} applies
 * @param idleTimeout          how long a connection may stay silent
 */
public record HttpLimits(int workerThreads, long maxQueryBytes, long maxBodyBytes, int endpointRunning,
        int endpointWaiting, Duration maxWait, int perClientQueries, long minBodyRate, Duration bodyGrace,
        Duration idleTimeout) {

    /** The defaults: endpoint queries one per processor (at least two), four per client, 64 KiB of query text. */
    public static final HttpLimits DEFAULT = new HttpLimits(24, 64 * 1024, SizeLimit.DEFAULT_MAX_BYTES,
            Math.max(2, Runtime.getRuntime().availableProcessors()), 32, Duration.ofSeconds(10), 4, 1024,
            Duration.ofSeconds(5), Duration.ofSeconds(30));

    /** Checks the values. */
    public HttpLimits {
        if (workerThreads < 8) {
            throw new IllegalArgumentException("at least 8 worker threads are needed, not " + workerThreads);
        }
        if (maxQueryBytes <= 0 || maxBodyBytes <= 0 || endpointRunning <= 0 || endpointWaiting < 0
                || perClientQueries <= 0 || minBodyRate < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** These limits with another cap on request bodies. */
    public HttpLimits withMaxBodyBytes(long bytes) {
        return new HttpLimits(workerThreads, maxQueryBytes, bytes, endpointRunning, endpointWaiting, maxWait,
                perClientQueries, minBodyRate, bodyGrace, idleTimeout);
    }

    /** These limits with other endpoint concurrency. */
    public HttpLimits withEndpoint(int running, int waiting, int perClient) {
        return new HttpLimits(workerThreads, maxQueryBytes, maxBodyBytes, running, waiting, maxWait, perClient,
                minBodyRate, bodyGrace, idleTimeout);
    }

    /** These limits with another minimum body rate and grace period. */
    public HttpLimits withBodyRate(long bytesPerSecond, Duration grace) {
        return new HttpLimits(workerThreads, maxQueryBytes, maxBodyBytes, endpointRunning, endpointWaiting, maxWait,
                perClientQueries, bytesPerSecond, grace, idleTimeout);
    }
}
