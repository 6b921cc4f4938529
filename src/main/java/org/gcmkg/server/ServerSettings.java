package org.gcmkg.server;

/**
 * How the server listens and what limits it applies.
 *
 * @param port               the TCP port; 0 picks a free one
 * @param bindAddress        the address to listen on (for example 127.0.0.1 or 0.0.0.0)
 * @param queryTimeoutMillis the longest a query may run before it is cancelled
 * @param limits             the request limits that keep the server responsive
 */
public record ServerSettings(int port, String bindAddress, long queryTimeoutMillis, HttpLimits limits) {
    /** Default port. */
    public static final int DEFAULT_PORT = 3030;
    /** Default bind address: this machine only. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** Default query timeout. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;

    /** Checks the values. */
    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (queryTimeoutMillis <= 0) {
            throw new IllegalArgumentException("query timeout must be positive, not " + queryTimeoutMillis);
        }
        if (limits == null) {
            throw new IllegalArgumentException("limits must be given");
        }
    }

    /** Settings with the default request limits. */
    public ServerSettings(int port, String bindAddress, long queryTimeoutMillis) {
        this(port, bindAddress, queryTimeoutMillis, HttpLimits.DEFAULT);
    }

    /** These settings with other request limits. */
    public ServerSettings withLimits(HttpLimits other) {
        return new ServerSettings(port, bindAddress, queryTimeoutMillis, other);
    }

    /** Settings for tests: a free port on the loopback address. */
    public static ServerSettings ephemeral() {
        return new ServerSettings(0, DEFAULT_BIND, DEFAULT_TIMEOUT_MILLIS);
    }
}
