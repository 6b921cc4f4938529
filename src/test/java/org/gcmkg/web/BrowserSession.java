package org.gcmkg.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

import org.gcmkg.server.GcmServer;

/** The server and the browser of one browser test class, started together in {@code @BeforeAll} and stopped together. */
record BrowserSession(GcmServer server, Browser browser) implements AutoCloseable {

    /** Starts the server, then a browser whose {@code Accept-Language} is {@code acceptLanguage}. */
    static BrowserSession start(Supplier<GcmServer> startServer, String acceptLanguage) {
        assertTrue(Browser.installed(), "the browser tests need " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver; .ci/run installs them)");
        GcmServer server = startServer.get();
        try {
            return new BrowserSession(server, new Browser(acceptLanguage));
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.stop();
        }
    }
}
