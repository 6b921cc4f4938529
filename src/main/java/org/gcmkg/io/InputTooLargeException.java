package org.gcmkg.io;

import java.util.Map;

/**
 * Input that holds more triples than the gate keeps in memory for one submission: refused while it is parsed,
 * before it fills the heap (HTTP 413, exit 2 on the command line).
 */
public final class InputTooLargeException extends RdfInputException {
    /** A refusal of {@code source}, which passed {@code maxTriples} triples at line {@code line} (-1 if unknown). */
    public InputTooLargeException(String source, long line, long maxTriples) {
        super(source, line, "input.tooManyTriples", Map.of("max", maxTriples));
    }
}
