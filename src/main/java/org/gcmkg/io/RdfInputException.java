package org.gcmkg.io;

/** RDF input that cannot be read: a missing file, an unknown format, or a syntax error with its position. */
public class RdfInputException extends RuntimeException {
    private final String source;
    private final long line;
    private final long column;

    /** An error in {@code source} at a known position (line and column are -1 when unknown). */
    public RdfInputException(String source, long line, long column, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.line = line;
        this.column = column;
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
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(getMessage()).toString();
    }
}
