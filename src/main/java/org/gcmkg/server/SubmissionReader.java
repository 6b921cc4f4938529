package org.gcmkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.io.RdfFiles;
import org.gcmkg.io.SyntaxGuess;

/**
 * Reads a submission from a request body, answering 415 or 413 itself when it cannot. The body is the submission
 * itself, in the syntax its Content-Type names, or the part named {@code file} of a {@code multipart/form-data}
 * upload, which carries the file's name. With {@code ?detect=true} the syntax is detected from the text instead.
 */
final class SubmissionReader {
    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=\"?([^\";]+)\"?");
    private static final Pattern PART_NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    private final SizeLimit limit;

    SubmissionReader(SizeLimit limit) {
        this.limit = limit;
    }

    /**
     * A submission read from a request.
     *
     * @param input    the bytes, their syntax and the name messages give them
     * @param fileName the uploaded file's name, or null when the body was the submission itself
     * @param detected whether the syntax was detected rather than declared
     */
    record Body(SubmissionInput input, String fileName, boolean detected) {
        /** The submitted text, for hints about its syntax. */
        String text() {
            return new String(input.bytes(), StandardCharsets.UTF_8);
        }
    }

    /** The most bytes a submission may have. */
    long maxBytes() {
        return limit.maxBytes();
    }

    /** The submission in the request, or null after an error response has been sent. */
    Body read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String contentType = req.getContentType();
        boolean detect = "true".equalsIgnoreCase(req.getParameter("detect"));
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        Lang lang = RdfFiles.langForContentType(contentType);
        if (lang == null && !detect && !multipart) {
            String type = contentType == null ? "" : contentType.split(";", -1)[0].strip();
            if (type.isEmpty()) {
                HttpReports.error(req, resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "type.missing");
            } else {
                HttpReports.error(req, resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "type.unsupported",
                        "type", type);
            }
            return null;
        }
        byte[] bytes = body(req, resp);
        if (bytes == null) {
            return null;
        }
        String source = HttpReports.messages(req).format("source.body");
        String fileName = null;
        if (multipart) {
            Part part = filePart(contentType, bytes);
            if (part == null) {
                HttpReports.error(req, resp, 400, "type.multipart");
                return null;
            }
            bytes = part.content;
            fileName = part.fileName;
            source = fileName == null || fileName.isBlank() ? source : fileName;
            lang = RdfFiles.langForContentType(part.contentType);
            if (lang == null && fileName != null) {
                Lang byName = RDFLanguages.filenameToLang(fileName);
                lang = byName != null && RdfFiles.langForContentType(byName.getHeaderString()) != null ? byName : null;
            }
        }
        boolean detected = detect || lang == null;
        if (detected) {
            lang = SyntaxGuess.of(new String(bytes, StandardCharsets.UTF_8));
        }
        return new Body(new SubmissionInput(bytes, lang, source, limit.maxTriples()),
                fileName == null || fileName.isBlank() ? null : fileName, detected);
    }

    /** The bytes of the body, or null after a 413. */
    byte[] body(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getContentLengthLong() > limit.maxBytes()) {
            tooLarge(req, resp);
            return null;
        }
        // The body is usually read already (BodyPrefetchHandler): taken as it is, it is not held twice.
        byte[] prefetched = BodyPrefetchHandler.takeBody(req);
        if (prefetched != null) {
            if (prefetched.length > limit.maxBytes()) {
                tooLarge(req, resp);
                return null;
            }
            return prefetched;
        }
        try {
            return limit.read(req.getInputStream(), req.getContentLengthLong(), "request body");
        } catch (SizeLimit.TooLargeException e) {
            tooLarge(req, resp);
            return null;
        }
    }

    /** 413, naming the limit. */
    void tooLarge(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpReports.error(req, resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "size.tooLarge",
                "max", limit.maxBytes());
    }

    private record Part(String fileName, String contentType, byte[] content) {
    }

    /** The part named "file" of a multipart body, else the first part with a file name, else null. */
    private static Part filePart(String contentType, byte[] body) {
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) {
            return null;
        }
        // ISO-8859-1 maps each byte to one char, so that offsets in the string are offsets in the bytes.
        String all = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + b.group(1);
        Part first = null;
        int at = all.indexOf(delimiter);
        while (at >= 0) {
            int headersStart = at + delimiter.length();
            if (all.startsWith("--", headersStart)) {
                break;
            }
            int headersEnd = all.indexOf("\r\n\r\n", headersStart);
            int next = all.indexOf("\r\n" + delimiter, headersEnd < 0 ? headersStart : headersEnd);
            if (headersEnd < 0 || next < 0) {
                break;
            }
            String headers = all.substring(headersStart, headersEnd);
            String name = null;
            String fileName = null;
            String type = null;
            for (String line : headers.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-disposition:")) {
                    Matcher n = PART_NAME.matcher(line);
                    name = n.find() ? n.group(1) : null;
                    Matcher f = FILE_NAME.matcher(line);
                    fileName = f.find() ? new String(f.group(1).getBytes(StandardCharsets.ISO_8859_1),
                            StandardCharsets.UTF_8) : null;
                } else if (lower.startsWith("content-type:")) {
                    type = line.substring("content-type:".length()).strip();
                }
            }
            Part part = new Part(fileName, type, Arrays.copyOfRange(body, headersEnd + 4, next));
            if ("file".equals(name)) {
                return part;
            }
            if (first == null && fileName != null) {
                first = part;
            }
            at = next + 2;
        }
        return first;
    }
}
