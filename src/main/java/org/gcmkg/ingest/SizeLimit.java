package org.gcmkg.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Bounds one submission: its bytes, read up to a maximum so that an oversized submission is refused before it is
 * parsed, and the triples the gate holds in memory for it, refused while it is parsed.
 */
public final class SizeLimit {
    /** Default cap: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /**
     * Default cap on the distinct triples of one submission: 2,000,000, about 400 MiB as a plain in-memory graph, which
     * with its bytes and its validation fits the heap of the documented {@code serve} command ({@code -Xmx2g}).
     */
    public static final long DEFAULT_MAX_TRIPLES = 2_000_000;

    private final long maxBytes;
    private final long maxTriples;

    /** A limit of {@code maxBytes} bytes and the default number of triples. */
    public SizeLimit(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_TRIPLES);
    }

    /** A limit of {@code maxBytes} bytes and {@code maxTriples} triples. */
    public SizeLimit(long maxBytes, long maxTriples) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size cap must be positive, not " + maxBytes);
        }
        if (maxTriples <= 0) {
            throw new IllegalArgumentException("the triple cap must be positive, not " + maxTriples);
        }
        this.maxBytes = maxBytes;
        this.maxTriples = maxTriples;
    }

    /** The cap in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The cap in distinct triples. */
    public long maxTriples() {
        return maxTriples;
    }

    /** Reads the whole stream, or throws {@link TooLargeException} as soon as it passes the cap. */
    public byte[] read(InputStream in, String sourceName) throws IOException {
        return read(in, -1, sourceName);
    }

    /**
     * The same for a stream that announces its length ({@code expected}, -1 when unknown): read straight into an
     * array of that length, so that the bytes are not copied from buffer to buffer as they arrive.
     */
    public byte[] read(InputStream in, long expected, String sourceName) throws IOException {
        if (expected > maxBytes) {
            throw tooLarge(sourceName);
        }
        if (expected >= 0) {
            byte[] bytes = new byte[(int) expected];
            int n = in.readNBytes(bytes, 0, bytes.length);
            if (n < bytes.length) {
                return Arrays.copyOf(bytes, n);
            }
            if (in.read() < 0) {
                return bytes;
            }
            throw tooLarge(sourceName);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(sourceName);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private TooLargeException tooLarge(String sourceName) {
        return new TooLargeException(sourceName + " is larger than the cap of " + maxBytes + " bytes");
    }

    /** Input past the size cap. */
    public static final class TooLargeException extends RuntimeException {
        /** An error naming the input and the cap. */
        public TooLargeException(String message) {
            super(message);
        }
    }
}
