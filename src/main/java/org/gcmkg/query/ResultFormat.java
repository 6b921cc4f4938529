package org.gcmkg.query;

import java.util.Locale;

/** Output formats of the {@code query} command. */
public enum ResultFormat {
    /** An aligned text table. */
    TABLE,
    /** SPARQL results as CSV. */
    CSV,
    /** SPARQL results as TSV. */
    TSV,
    /** SPARQL results as JSON. */
    JSON;

    /** Parses a format name as given on the command line. */
    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown output format '" + name + "'; use table, csv, tsv or json", e);
        }
    }
}
