package org.gcmkg.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.gcmkg.page.UiLanguage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sending representations with validators, answering conditional requests, and the error responses. */
final class HttpResponses {
    private HttpResponses() {
    }

    /** A strong ETag for a body: its SHA-256, which changes exactly when the bytes do. */
    static String etag(byte[] body) {
        return "\"" + DumpService.sha256(body) + "\"";
    }

    /**
     * A weak ETag for a representation built from the data: it changes when the data, the representation, the
     * path, the server's base URL (which links in the body use) or the interface language of a page does. Weak,
     * because blank nodes made for each answer may come out in another order, giving other bytes with the same
     * meaning.
     */
    static String weakEtag(Snapshot snapshot, Representation rep, ServiceUrls urls, String path, UiLanguage lang) {
        String key = String.join("\n", snapshot.version(), rep.name(), urls.base(), path,
                rep == Representation.HTML ? lang.code() : "");
        return "W/\"" + DumpService.sha256(key.getBytes(StandardCharsets.UTF_8)) + "\"";
    }

    /**
     * Whether a GET or HEAD may be answered 304 Not Modified (RFC 9110 section 13.2.2): If-None-Match decides
     * when present; otherwise If-Modified-Since, compared to the second.
     */
    static boolean notModified(HttpServletRequest req, String etag, Instant lastModified) {
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || weakEquals(t, etag)) {
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

    private static boolean weakEquals(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /**
     * Sends a body with an ETag and Last-Modified, or a 304 when the client's copy is current. The caller has
     * set Vary, Link and any other headers that belong to both answers.
     */
    static void send(HttpServletRequest req, HttpServletResponse resp, String contentType, byte[] body, String etag,
            Instant lastModified) throws IOException {
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        // Caches may keep a copy but must check it with the validators before reuse: the data can change.
        resp.setHeader("Cache-Control", "no-cache");
        if (notModified(req, etag, lastModified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    /** A plain-text error. */
    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** 406, listing what is on offer. */
    static void notAcceptable(HttpServletResponse resp, List<Representation> offered) throws IOException {
        error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. Available: " + offered.stream()
                .map(r -> r.mediaType() + " (?format=" + r.formatName() + ")").collect(Collectors.joining(", ")));
    }

    /**
     * The headers of a negotiated resource: {@code Vary: Accept} (and the headers that choose a page's language,
     * for a page), and a {@code Link: rel="alternate"} for each representation other than the one sent.
     */
    static void negotiationHeaders(HttpServletResponse resp, String selfPath, List<Representation> offered,
            Representation sent) {
        resp.setHeader("Vary", sent == Representation.HTML ? "Accept, " + UiLanguage.VARY : "Accept");
        String links = offered.stream().filter(r -> r != sent)
                .map(r -> "<" + Html.formatLink(selfPath, r) + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"")
                .collect(Collectors.joining(", "));
        if (!links.isEmpty()) {
            resp.setHeader("Link", links);
        }
    }
}
