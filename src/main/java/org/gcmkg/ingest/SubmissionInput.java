package org.gcmkg.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
