package org.gcmkg.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.gcmkg.io.Checksums;
import org.gcmkg.page.ConditionalGet;
import org.gcmkg.page.ErrorPage;
import org.gcmkg.page.UiLanguage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sending representations with validators, answering conditional requests, and the error responses. */
final class HttpResponses {
    private HttpResponses() {
    }

    /** A strong ETag for a body: its SHA-256, which changes exactly when the bytes do. */
    static String etag(byte[] body) {
        return "\"" + Checksums.sha256(body) + "\"";
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
        return "W/\"" + Checksums.sha256(key.getBytes(StandardCharsets.UTF_8)) + "\"";
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
        if (ConditionalGet.notModified(req, etag, lastModified)) {
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

    /** An error: a page in the site's layout for a browser, plain text for other clients. */
    static void error(HttpServletRequest req, HttpServletResponse resp, int status, String message)
            throws IOException {
        ErrorPage.send(req, resp, status, message);
    }

    /** 406, listing what is on offer (as links, for a browser). */
    static void notAcceptable(HttpServletRequest req, HttpServletResponse resp, List<Representation> offered)
            throws IOException {
        String selfPath = req.getRequestURI();
        ErrorPage.send(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. Available: "
                + offered.stream().map(r -> r.mediaType() + " (?format=" + r.formatName() + ")")
                        .collect(Collectors.joining(", ")),
                offered.stream().map(r -> new ErrorPage.Alternative(r.label() + " (" + r.mediaType() + ")",
                        Html.formatLink(selfPath, r))).toList());
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
