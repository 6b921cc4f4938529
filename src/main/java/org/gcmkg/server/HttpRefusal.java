package org.gcmkg.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A refusal by the HTTP layer itself: a status and one message from the {@code http} bundle in the request's
 * language ({@code ?lang=}, else {@code Accept-Language}, else English), sent as {@code {"error": "…"}} in JSON, or as
 * a line of text to a client that asks for text or HTML. It never carries anything of a Java exception.
 */
final class HttpRefusal {
    /** The message bundle of the HTTP layer. */
    static final String AREA = "http";

    private final int status;
    private final String message;

    private HttpRefusal(int status, String message) {
        this.status = status;
        this.message = message;
    }

    /** A refusal with {@code status} and the message {@code key} of the {@code http} bundle in {@code language}. */
    static HttpRefusal of(int status, Language language, String key, Object... namesAndValues) {
        return new HttpRefusal(status, Messages.of(AREA, language).format(key, namesAndValues));
    }

    /** A refusal with a message that its sender has already written. */
    static HttpRefusal plain(int status, String message) {
        return new HttpRefusal(status, message);
    }

    /** The status code. */
    int status() {
        return status;
    }

    /** The message, in the request's language. */
    String message() {
        return message;
    }

    /** The language of a core request. */
    static Language language(Request request) {
        String lang = null;
        String query = request.getHttpURI().getQuery();
        if (query != null && query.contains("lang=")) {
            try {
                Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
                lang = fields.getValue("lang");
            } catch (RuntimeException e) {
                // A malformed query string names no language.
                lang = null;
            }
        }
        return choose(lang, request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
    }

    /** The language of a servlet request. */
    static Language language(HttpServletRequest request) {
        String lang;
        try {
            lang = request.getParameter("lang");
        } catch (RuntimeException e) {
            lang = null;
        }
        return choose(lang, request.getHeader("Accept-Language"));
    }

    private static Language choose(String lang, String acceptLanguage) {
        Optional<Language> asked = Language.ofTag(lang);
        return asked.or(() -> Language.fromAcceptLanguage(acceptLanguage)).orElse(Language.EN);
    }

    private static boolean wantsText(String accept) {
        if (accept == null) {
            return false;
        }
        String a = accept.toLowerCase(Locale.ROOT);
        return (a.contains("text/plain") || a.contains("text/html")) && !a.contains("json");
    }

    private String body(boolean text) {
        if (text) {
            return message + "\n";
        }
        JsonObject json = new JsonObject();
        json.put("error", message);
        return JSON.toString(json) + "\n";
    }

    /** Sends this refusal on a core response, with {@code extraHeaders} as name-value pairs. */
    void send(Request request, Response response, Callback callback, String... extraHeaders) {
        boolean text = wantsText(request.getHeaders().get(HttpHeader.ACCEPT));
        byte[] bytes = body(text).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE,
                (text ? "text/plain" : "application/json") + ";charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            response.getHeaders().put(extraHeaders[i], extraHeaders[i + 1]);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        ResponseHeadersHandler.addHeaders(response);
        boolean head = "HEAD".equals(request.getMethod());
        response.write(true, head ? null : ByteBuffer.wrap(bytes), callback);
    }

    /** Sends this refusal on a servlet response, with {@code extraHeaders} as name-value pairs. */
    void send(HttpServletRequest request, HttpServletResponse response, String... extraHeaders) throws IOException {
        boolean text = wantsText(request.getHeader("Accept"));
        byte[] bytes = body(text).getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType((text ? "text/plain" : "application/json") + ";charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            response.setHeader(extraHeaders[i], extraHeaders[i + 1]);
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }
}
