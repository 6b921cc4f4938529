package org.gcmkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gcmkg.io.Checksums;
import org.gcmkg.page.Paths;

/**
 * {@code GET /openapi.json}: the OpenAPI 3 description of the whole HTTP API, read once from the class path, with
 * its checksum as ETag. A test checks the document and the real responses against each other.
 */
final class OpenApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where the service serves its description. */
    static final String PATH = Paths.OPENAPI;
    static final String RESOURCE = "openapi.json";

    private final byte[] body;
    private final String etag;

    OpenApiServlet() {
        try (InputStream in = OpenApiServlet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        etag = "\"" + Checksums.sha256(body) + "\"";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "no-cache");
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json");
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }
}
