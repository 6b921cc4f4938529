package org.gcmkg.validation;

import org.gcmkg.io.Checksums;

/**
 * What was validated: a file name (or "-" for standard input, "request body" over HTTP), its size in bytes and the
 * SHA-256 of its bytes, as a report states them.
 *
 * @param name   the file name as given, or a description of where the bytes came from
 * @param size   the number of bytes
 * @param sha256 the SHA-256 of the bytes, in lower-case hexadecimal
 */
public record SubmittedFile(String name, long size, String sha256) {

    /** The description of {@code bytes} read from {@code name}. */
    public static SubmittedFile of(String name, byte[] bytes) {
        return new SubmittedFile(name, bytes.length, Checksums.sha256(bytes));
    }
}
