package org.gcmkg.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.gcmkg.io.Checksums;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a web page with its validators: a strong ETag (the checksum of the bytes sent, which differ by language
 * and data) and a Last-Modified, and answers 304 when the client's copy is current. Pages are built from the live
 * data on each request, so caches must check back.
 */
public final class HtmlResponse {
    /** When this server started: the modification time of pages that do not depend on the data. */
    public static final Instant STARTED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private HtmlResponse() {
    }

    /**
     * Sends a page in {@code lang} that does not depend on the data, with the server's start as its modification
     * time. {@code vary} names the request headers that chose it besides those that choose the language, or is
     * empty.
     */
    public static void send(HttpServletResponse resp, UiLanguage lang, String vary, String html) throws IOException {
        send(null, resp, lang, vary, html, STARTED);
    }

    /**
     * Sends a page in {@code lang} built from data last changed at {@code lastModified}, or 304 Not Modified
     * when the request's {@code If-None-Match} or {@code If-Modified-Since} says the client has it.
     *
     * @param req the request, for its conditional headers and its method; null to answer unconditionally
     */
    public static void send(HttpServletRequest req, HttpServletResponse resp, UiLanguage lang, String vary,
            String html, Instant lastModified) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + Checksums.sha256(body) + "\"";
        resp.setHeader("Content-Language", lang.code());
        resp.setHeader("Vary", vary.isEmpty() ? UiLanguage.VARY : vary + ", " + UiLanguage.VARY);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        if (req != null && ConditionalGet.notModified(req, etag, lastModified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(body.length);
        if (req == null || !"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }
}
