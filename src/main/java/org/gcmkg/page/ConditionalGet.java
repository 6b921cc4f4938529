package org.gcmkg.page;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

/** Conditional GET and HEAD for every page and document of the service (RFC 9110 section 13.2.2). */
public final class ConditionalGet {
    private ConditionalGet() {
    }

    /**
     * Whether the request may be answered 304 Not Modified: If-None-Match decides when present (weak comparison);
     * otherwise If-Modified-Since, compared to the second.
     */
    public static boolean notModified(HttpServletRequest req, String etag, Instant lastModified) {
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || opaque(t).equals(opaque(etag))) {
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

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
