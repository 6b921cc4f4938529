package org.gcmkg.ingest;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.gcmkg.io.Checksums;
import org.gcmkg.io.RdfFiles;

/**
 * The bytes of one submission, their syntax and a name for messages.
 *
 * @param bytes      what was submitted
 * @param lang       its RDF syntax
 * @param sourceName a file name or "request body", for error messages
 */
public record SubmissionInput(byte[] bytes, Lang lang, String sourceName) {

    /**
     * Parses the bytes straight into one plain graph (quads of named graphs are merged), after the checks of
     * {@link org.gcmkg.io.InputScreen}. Raises RdfInputException when malformed or refused.
     */
    public Graph parse() {
        return RdfFiles.readGraph(bytes, lang, sourceName);
    }

    /** The SHA-256 of the bytes, in lower-case hexadecimal. */
    public String sha256() {
        return Checksums.sha256(bytes);
    }
}
