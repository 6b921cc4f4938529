package org.gcmkg.validation;

import java.util.Locale;

/** The ways a validation report can be written. */
public enum ReportFormat {
    /** Readable text, one block per result. */
    TEXT,
    /** The sh:ValidationReport as Turtle. */
    TURTLE,
    /** The sh:ValidationReport as JSON-LD. */
    JSONLD,
    /** A plain JSON summary: conforms, counts by severity, and each result with its message in one language. */
    JSON;

    /** Parses a format name as given on the command line. */
    public static ReportFormat parse(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "text":
                return TEXT;
            case "turtle":
            case "ttl":
                return TURTLE;
            case "jsonld":
            case "json-ld":
                return JSONLD;
            case "json":
                return JSON;
            default:
                throw new IllegalArgumentException("unknown report format '" + name + "'; use text, turtle, jsonld or json");
        }
    }
}
