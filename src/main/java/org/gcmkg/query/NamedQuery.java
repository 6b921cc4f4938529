package org.gcmkg.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query kept as a {@code .rq} file: its name is the file name without extension, its description
 * the comment lines that open the file. A query that works per report edition names its default edition in
 * one line {@code VALUES ?report { <IRI> }}, which {@link #forEdition} replaces.
 *
 * @param name        the file name without {@code .rq}
 * @param description the opening comment, without the {@code #} marks
 * @param sparql      the whole file
 */
public record NamedQuery(String name, String description, String sparql) {
    private static final Pattern EDITION_LINE = Pattern.compile("(?m)^(\\s*VALUES \\?report \\{ )<[^>]*>( \\})\\s*$");

    /** Whether this query works per report edition. */
    public boolean perEdition() {
        return EDITION_LINE.matcher(sparql).find();
    }

    /** This query asked for another report edition. */
    public NamedQuery forEdition(String reportIri) {
        if (!perEdition()) {
            throw new IllegalArgumentException("query " + name + " does not work per report edition");
        }
        if (reportIri.contains(">") || reportIri.contains(" ") || !reportIri.contains(":")) {
            throw new IllegalArgumentException("not an IRI: " + reportIri);
        }
        String text = EDITION_LINE.matcher(sparql).replaceFirst(
                "$1" + Matcher.quoteReplacement("<" + reportIri + ">") + "$2");
        return new NamedQuery(name, description, text);
    }

    /** Builds a named query from a file's text, taking the opening comment lines as its description. */
    public static NamedQuery of(String name, String text) {
        StringBuilder description = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            description.append(t.replaceFirst("^#+ ?", "")).append('\n');
        }
        return new NamedQuery(name, description.toString().strip(), text);
    }
}
