package org.gcmkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.gcmkg.validation.ReportFormat;
import org.gcmkg.validation.ReportWriter;
import org.gcmkg.validation.ValidationOutcome;

/** Writes validation reports and plain messages over HTTP, choosing format by Accept and language by ?lang or Accept-Language. */
final class HttpReports {
    private HttpReports() {
    }

    static void report(HttpServletRequest req, HttpServletResponse resp, int status, ValidationOutcome outcome)
            throws IOException {
        String accept = req.getHeader("Accept") == null ? "" : req.getHeader("Accept").toLowerCase(Locale.ROOT);
        ReportFormat format;
        String type;
        if (accept.contains("text/turtle")) {
            format = ReportFormat.TURTLE;
            type = "text/turtle";
        } else if (accept.contains("application/ld+json")) {
            format = ReportFormat.JSONLD;
            type = "application/ld+json";
        } else if (accept.contains("text/plain")) {
            format = ReportFormat.TEXT;
            type = "text/plain";
        } else {
            format = ReportFormat.JSON;
            type = "application/json";
        }
        send(resp, status, type, new ReportWriter(language(req)).write(outcome, format));
        resp.setHeader("Vary", "Accept, Accept-Language");
    }

    /** "es" when ?lang=es or Accept-Language prefers Spanish, else "en". */
    static String language(HttpServletRequest req) {
        String lang = req.getParameter("lang");
        if (lang != null) {
            return lang.toLowerCase(Locale.ROOT).startsWith("es") ? "es" : "en";
        }
        String header = req.getHeader("Accept-Language");
        if (header != null) {
            for (String part : header.split(",")) {
                String tag = part.split(";", -1)[0].strip().toLowerCase(Locale.ROOT);
                if (tag.startsWith("es")) {
                    return "es";
                }
                if (tag.startsWith("en")) {
                    return "en";
                }
            }
        }
        return "en";
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        JsonObject body = new JsonObject();
        body.put("error", message);
        send(resp, status, "application/json", JSON.toString(body) + "\n");
    }

    static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
