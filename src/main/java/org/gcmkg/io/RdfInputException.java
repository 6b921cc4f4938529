package org.gcmkg.io;

import java.util.Map;

import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;

/**
 * RDF input that cannot be read: a missing file, an unknown format, a syntax error with its position, or input the
 * gate refuses before parsing (invalid UTF-8, a DOCTYPE, nesting too deep). Refusals of the gate carry a message of
 * the {@code gate} bundle, so that they can be given in English and Spanish.
 */
public class RdfInputException extends RuntimeException {
    private final String source;
    private final long line;
    private final long column;
    private final String key;
    private final Map<String, Object> arguments;

    /** An error in {@code source} at a known position (line and column are -1 when unknown). */
    public RdfInputException(String source, long line, long column, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.key = null;
        this.arguments = Map.of();
    }

    /** A refusal with the message {@code key} of the {@code gate} bundle; {@code source} is added to its arguments. */
    public RdfInputException(String source, long line, String key, Map<String, Object> arguments) {
        super(Messages.of("gate", Language.EN).format(key, withSource(source, arguments)));
        this.source = source;
        this.line = line;
        this.column = -1;
        this.key = key;
        this.arguments = withSource(source, arguments);
    }

    private static Map<String, Object> withSource(String source, Map<String, Object> arguments) {
        Map<String, Object> all = new java.util.HashMap<>(arguments);
        all.put("source", source);
        return Map.copyOf(all);
    }

    /** The file or resource name the error is about. */
    public String source() {
        return source;
    }

    /** The line of the error, or -1 when the parser gave none. */
    public long line() {
        return line;
    }

    /** The column of the error, or -1 when the parser gave none. */
    public long column() {
        return column;
    }

    /** A one-line description naming the source and, when known, the position. */
    public String describe() {
        return describe(Language.EN);
    }

    /**
     * The description in {@code language}: refusals of the gate are translated; a parser's own message stays as the
     * parser wrote it (in English).
     */
    public String describe(Language language) {
        if (key != null) {
            return Messages.of("gate", language).format(key, arguments);
        }
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(getMessage()).toString();
    }

    /** Whether this is a refusal with a message of its own in the {@code gate} bundle, rather than a parser's error. */
    public boolean translated() {
        return key != null;
    }

    /** The key of this refusal's message in the {@code gate} bundle, or null for a parser's error. */
    public String key() {
        return key;
    }
}
