package org.gcmkg.ingest;

import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.gcmkg.io.Checksums;
import org.gcmkg.io.RdfFiles;
import org.gcmkg.validation.SubmittedFile;

/**
 * The bytes of one submission, their syntax, a name for messages and the most triples the gate holds for it.
 *
 * @param bytes      what was submitted
 * @param lang       its RDF syntax
 * @param sourceName a file name or "request body", for error messages
 * @param maxTriples the most distinct triples it may hold (see {@link SizeLimit#maxTriples()})
 */
public record SubmissionInput(byte[] bytes, Lang lang, String sourceName, long maxTriples) {

    /** A submission with the default triple cap, {@link SizeLimit#DEFAULT_MAX_TRIPLES}. */
    public SubmissionInput(byte[] bytes, Lang lang, String sourceName) {
        this(bytes, lang, sourceName, SizeLimit.DEFAULT_MAX_TRIPLES);
    }

    /**
     * Parses the bytes straight into one plain graph (quads of named graphs are merged), after the checks of
     * {@link org.gcmkg.io.InputScreen}. Raises RdfInputException when malformed or refused, {@link
     * org.gcmkg.io.InputTooLargeException} past {@link #maxTriples()}.
     */
    public Graph parse() {
        return parse(t -> { });
    }

    /** {@link #parse()}, handing each triple to {@code each} as it is read, on the calling thread. */
    public Graph parse(Consumer<Triple> each) {
        return RdfFiles.readGraph(bytes, lang, sourceName, maxTriples, each);
    }

    /** The SHA-256 of the bytes, in lower-case hexadecimal. */
    public String sha256() {
        return Checksums.sha256(bytes);
    }

    /** The bytes as a report names them: {@link #sourceName()}, their size and their SHA-256. */
    public SubmittedFile file() {
        return SubmittedFile.of(sourceName, bytes);
    }
}
