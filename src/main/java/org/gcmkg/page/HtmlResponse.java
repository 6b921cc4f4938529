package org.gcmkg.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

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
        String etag = "\"" + sha256(body) + "\"";
        resp.setHeader("Content-Language", lang.code());
        resp.setHeader("Vary", vary.isEmpty() ? UiLanguage.VARY : vary + ", " + UiLanguage.VARY);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        if (req != null && notModified(req, etag, lastModified)) {
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

    /** Whether a GET may be answered 304 (RFC 9110 section 13.2.2): If-None-Match decides when present. */
    static boolean notModified(HttpServletRequest req, String etag, Instant lastModified) {
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && lastModified.getEpochSecond() <= since / 1000;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
