package org.gcmkg.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query kept as a {@code .rq} file: its name is the file name without extension, its descriptions the
 * comment lines that open the file. Header lines that start with {@code es:} (after the {@code #} marks) hold
 * the Spanish description; the other header lines hold the English one. A query that works per report edition
 * names its default edition in one line {@code VALUES ?report { <IRI> }}, which {@link #forEdition} replaces.
 *
 * @param name          the file name without {@code .rq}
 * @param description   the opening comment in English, without the {@code #} marks
 * @param descriptionEs the opening comment's {@code es:} lines, without the marks; empty if there are none
 * @param sparql        the whole file
 */
public record NamedQuery(String name, String description, String descriptionEs, String sparql) {
    private static final String SPANISH_MARK = "es:";
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
        return new NamedQuery(name, description, descriptionEs, text);
    }

    /** Builds a named query from a file's text, taking the opening comment lines as its descriptions. */
    public static NamedQuery of(String name, String text) {
        StringBuilder english = new StringBuilder();
        StringBuilder spanish = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            String content = t.replaceFirst("^#+ ?", "");
            if (content.strip().startsWith(SPANISH_MARK)) {
                spanish.append(content.strip().substring(SPANISH_MARK.length()).strip()).append('\n');
            } else {
                english.append(content).append('\n');
            }
        }
        return new NamedQuery(name, english.toString().strip(), spanish.toString().strip(), text);
    }
}
