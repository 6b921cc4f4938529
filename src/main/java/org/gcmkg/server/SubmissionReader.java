package org.gcmkg.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.Lang;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.io.RdfFiles;

/** Reads a submission from a request body, answering 415 or 413 itself when it cannot. */
final class SubmissionReader {
    private final SizeLimit limit;

    SubmissionReader(SizeLimit limit) {
        this.limit = limit;
    }

    /** The submission in the body, or null after an error response has been sent. */
    SubmissionInput read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Lang lang = RdfFiles.langForContentType(req.getContentType());
        if (lang == null) {
            HttpReports.error(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "unsupported Content-Type '"
                    + req.getContentType() + "'; send text/turtle, application/n-triples, application/ld+json, "
                    + "application/rdf+xml, application/trig or application/n-quads");
            return null;
        }
        if (req.getContentLengthLong() > limit.maxBytes()) {
            HttpReports.error(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "the body is larger than the cap of " + limit.maxBytes() + " bytes");
            return null;
        }
        try {
            return new SubmissionInput(limit.read(req.getInputStream(), "request body"), lang, "request body");
        } catch (SizeLimit.TooLargeException e) {
            HttpReports.error(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, e.getMessage());
            return null;
        }
    }
}
