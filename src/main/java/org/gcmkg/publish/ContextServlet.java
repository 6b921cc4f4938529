package org.gcmkg.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the JSON-LD context that the JSON-LD responses refer to. It does not change while the server runs. */
final class ContextServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final byte[] body = Namespaces.jsonLdContext().getBytes(StandardCharsets.UTF_8);
    private final Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpResponses.send(req, resp, "application/ld+json", body, HttpResponses.etag(body), created);
    }
}
