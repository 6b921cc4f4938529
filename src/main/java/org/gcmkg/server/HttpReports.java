package org.gcmkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.gcmkg.io.InputTooLargeException;
import org.gcmkg.io.RdfInputException;
import org.gcmkg.io.SyntaxGuess;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;
import org.gcmkg.validation.Report;
import org.gcmkg.validation.ReportFormat;
import org.gcmkg.validation.ReportWriter;
import org.gcmkg.validation.ShapesVersion;
import org.gcmkg.validation.SubmittedFile;
import org.gcmkg.validation.ValidationOutcome;

/**
 * Writes validation reports and errors over HTTP, choosing the format by Accept and the language by {@code ?lang=}
 * or Accept-Language. Errors are JSON objects whose {@code error} is a sentence of the {@value #AREA} bundle.
 */
final class HttpReports {
    /** The message bundle of the HTTP API. */
    static final String AREA = "http";

    private HttpReports() {
    }

    /**
     * A validation report in the format asked for by Accept (JSON when none of the report formats is asked for) and
     * the language of the request, naming what was validated, when and against which shapes. The JSON report also
     * says in which syntax the submission was read, and whether that syntax was detected.
     */
    static void report(HttpServletRequest req, HttpServletResponse resp, int status, SubmissionReader.Body body,
            ValidationOutcome outcome, ShapesVersion shapes) throws IOException {
        report(req, resp, status, body.input().file(), body.input().lang(), body.detected(), outcome, shapes);
    }

    /** The same for a submission described by {@code file}, read in {@code syntax} (detected or declared). */
    static void report(HttpServletRequest req, HttpServletResponse resp, int status, SubmittedFile file, Lang syntax,
            boolean detected, ValidationOutcome outcome, ShapesVersion shapes) throws IOException {
        ReportFormat format = format(req.getHeader("Accept"));
        Report report = Report.of(file, outcome, shapes, Instant.now());
        String text = new ReportWriter(language(req)).write(report, format);
        if (format == ReportFormat.JSON) {
            JsonObject json = JSON.parse(text);
            JsonObject syntaxObject = new JsonObject();
            syntaxObject.put("name", syntax.getLabel());
            syntaxObject.put("mediaType", syntax.getHeaderString());
            syntaxObject.put("detected", detected);
            json.put("syntax", syntaxObject);
            text = JSON.toString(json) + "\n";
        }
        resp.setHeader("Vary", "Accept, Accept-Language");
        resp.setHeader("Content-Language", language(req).code());
        send(resp, status, format.mediaType(), text);
    }

    /**
     * The bytes a request is charged in the {@link ValidationBudget}: its declared length, else the reader's cap; none
     * past the cap, as such a body gets 413 before anything is parsed.
     */
    static long chargedBytes(HttpServletRequest req, SubmissionReader reader) {
        long declared = req.getContentLengthLong();
        return declared < 0 ? reader.maxBytes() : declared > reader.maxBytes() ? 0 : declared;
    }

    /** 503 with {@code Retry-After}: other submissions being validated fill the {@link ValidationBudget}. */
    static void validationBusy(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Retry-After", Long.toString(ValidationBudget.RETRY_AFTER_SECONDS));
        error(req, resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "validation.busy", "seconds",
                ValidationBudget.RETRY_AFTER_SECONDS);
    }

    /** The first report format the Accept header names, by quality and then by order; JSON otherwise. */
    static ReportFormat format(String accept) {
        if (accept == null || accept.isBlank()) {
            return ReportFormat.JSON;
        }
        ReportFormat best = ReportFormat.JSON;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";", -1);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            Optional<ReportFormat> f = ReportFormat.byMediaType(parts[0]);
            if (f.isPresent() && quality > bestQuality) {
                best = f.get();
                bestQuality = quality;
            }
        }
        return best;
    }

    /** The language of the answer: {@code ?lang=} when it names one of ours, then Accept-Language, then English. */
    static Language language(HttpServletRequest req) {
        return Language.ofTag(req.getParameter("lang"))
                .or(() -> Language.fromAcceptLanguage(req.getHeader("Accept-Language")))
                .orElse(Language.EN);
    }

    /** The messages of the HTTP API in the language of {@code req}. */
    static Messages messages(HttpServletRequest req) {
        return Messages.of(AREA, language(req));
    }

    /** An error whose message is {@code key} of the HTTP bundle, in the language of {@code req}. */
    static void error(HttpServletRequest req, HttpServletResponse resp, int status, String key,
            Object... namesAndValues) throws IOException {
        sendError(req, resp, status, messages(req).format(key, namesAndValues), new JsonObject());
    }

    /** An error with a message already in the language of {@code req}. */
    static void translatedError(HttpServletRequest req, HttpServletResponse resp, int status, String message)
            throws IOException {
        sendError(req, resp, status, message, new JsonObject());
    }

    /**
     * 400 for a body that cannot be read: the parser's own words (English, as the parser wrote them) are quoted, with
     * their line and column, in a sentence of the request's language, and also given apart as {@code detail},
     * {@code line} and {@code column}. When the text looks like another syntax than the one it was sent as, a second
     * sentence says so.
     */
    static void unreadable(HttpServletRequest req, HttpServletResponse resp, RdfInputException e, Lang syntax,
            String fileName, String text) throws IOException {
        Language language = language(req);
        JsonObject extra = new JsonObject();
        extra.put("syntax", syntax.getLabel());
        if (e.line() > 0) {
            extra.put("line", e.line());
        }
        if (e.column() > 0) {
            extra.put("column", e.column());
        }
        if (e.translated()) {
            sendError(req, resp, e instanceof InputTooLargeException ? 413 : 400, e.describe(language), extra);
            return;
        }
        Messages m = Messages.of(AREA, language);
        String detail = e.getMessage() == null ? "" : e.getMessage().strip();
        extra.put("detail", detail);
        String key = e.line() > 0 ? e.column() > 0 ? "parse.position" : "parse.line" : "parse.nowhere";
        String message = m.format(key, "named", fileName == null ? "no" : "yes", "name", fileName == null ? "" : fileName,
                "syntax", syntax.getLabel(), "line", e.line(), "column", e.column(), "detail", detail);
        Lang guessed = text == null ? null : SyntaxGuess.of(text);
        // Turtle's family (N-Triples, Turtle, TriG, N-Quads) looks alike when broken: a hint only across families.
        if (guessed != null && !guessed.equals(syntax) && !(turtleFamily(guessed) && turtleFamily(syntax))) {
            extra.put("looksLike", guessed.getLabel());
            message = message + " " + m.format("parse.looksLike", "detected", guessed.getLabel(),
                    "type", guessed.getHeaderString());
        }
        sendError(req, resp, 400, message, extra);
    }

    private static boolean turtleFamily(Lang lang) {
        return Lang.TURTLE.equals(lang) || Lang.NTRIPLES.equals(lang) || Lang.TRIG.equals(lang) || Lang.NQUADS.equals(lang);
    }

    private static void sendError(HttpServletRequest req, HttpServletResponse resp, int status, String message,
            JsonObject extra) throws IOException {
        JsonObject body = new JsonObject();
        body.put("error", message);
        body.put("language", language(req).code());
        extra.forEach(body::put);
        resp.setHeader("Content-Language", language(req).code());
        resp.setHeader("Vary", "Accept, Accept-Language");
        send(resp, status, "application/json", JSON.toString(body) + "\n");
    }

    /** An error with a message in English, for the parts of the API whose messages are not translated yet. */
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
