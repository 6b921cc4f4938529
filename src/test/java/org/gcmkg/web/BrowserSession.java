package org.gcmkg.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

import org.gcmkg.server.GcmServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server and the browser of one browser test class: registered as a static {@code @RegisterExtension} field, it
 * starts both before the class's first test and stops both after its last.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<GcmServer> startServer;
    private final String acceptLanguage;
    private GcmServer server;
    private Browser browser;

    private BrowserSession(Supplier<GcmServer> startServer, String acceptLanguage) {
        this.startServer = startServer;
        this.acceptLanguage = acceptLanguage;
    }

    /** A session with the server {@code startServer} starts and a browser whose {@code Accept-Language} is given. */
    static BrowserSession of(Supplier<GcmServer> startServer, String acceptLanguage) {
        return new BrowserSession(startServer, acceptLanguage);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        assertTrue(Browser.installed(), "the browser tests need " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver; .ci/run installs them)");
        server = startServer.get();
        try {
            browser = new Browser(acceptLanguage);
        } catch (RuntimeException e) {
            server.stop();
            server = null;
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
        }
    }

    /** The running server. */
    GcmServer server() {
        return server;
    }

    /** The browser, on this session's server. */
    Browser browser() {
        return browser;
    }
}
