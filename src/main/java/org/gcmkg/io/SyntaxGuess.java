package org.gcmkg.io;

import java.util.regex.Pattern;

import org.apache.jena.riot.Lang;

/**
 * Tells which RDF syntax a text is most likely in, from its first characters and its lines: JSON-LD when it starts
 * with {@code {} or {@code [}, RDF/XML when it starts with an XML declaration, a comment or a prefixed element such
 * as {@code <rdf:RDF}, N-Triples when every line that is not blank or a comment is one triple, Turtle otherwise.
 * It only guesses: the parser of the guessed syntax still decides whether the text is readable.
 */
public final class SyntaxGuess {
    private static final String IRI = "<[^<>\"{}|^`\\\\\\s]*>";
    private static final String BLANK = "_:[A-Za-z0-9_][A-Za-z0-9_.-]*";
    private static final String LITERAL = "\"(?:[^\"\\\\\\n\\r]|\\\\.)*\"(?:\\^\\^" + IRI + "|@[A-Za-z]+(?:-[A-Za-z0-9]+)*)?";
    private static final Pattern TRIPLE = Pattern.compile("\\s*(?:" + IRI + "|" + BLANK + ")\\s*" + IRI + "\\s*(?:"
            + IRI + "|" + BLANK + "|" + LITERAL + ")\\s*\\.\\s*(?:#.*)?");
    private static final Pattern XML_START = Pattern.compile(
            "(?s)(?:<\\?xml|<!--|<[A-Za-z_][\\w.-]*:[A-Za-z_][\\w.-]*[\\s/>]|<[A-Za-z_][\\w.-]*\\s+xmlns).*");

    private SyntaxGuess() {
    }

    /** The syntax {@code text} is most likely in: JSON-LD, RDF/XML, N-Triples or Turtle. */
    public static Lang of(String text) {
        String start = text.startsWith("\uFEFF") ? text.substring(1).stripLeading() : text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return Lang.JSONLD;
        }
        if (XML_START.matcher(start.substring(0, Math.min(start.length(), 512))).matches()) {
            return Lang.RDFXML;
        }
        boolean anyTriple = false;
        for (String line : start.split("\\r?\\n|\\r")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (!TRIPLE.matcher(l).matches()) {
                return Lang.TURTLE;
            }
            anyTriple = true;
        }
        return anyTriple ? Lang.NTRIPLES : Lang.TURTLE;
    }
}
