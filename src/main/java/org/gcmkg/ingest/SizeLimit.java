package org.gcmkg.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads input up to a maximum size, so that an oversized submission is refused before it is parsed. */
public final class SizeLimit {
    /** Default cap: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;

    /** A limit of {@code maxBytes} bytes. */
    public SizeLimit(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size cap must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The cap in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads the whole stream, or throws {@link TooLargeException} as soon as it passes the cap. */
    public byte[] read(InputStream in, String sourceName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new TooLargeException(sourceName + " is larger than the cap of " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Input past the size cap. */
    public static final class TooLargeException extends RuntimeException {
        /** An error naming the input and the cap. */
        public TooLargeException(String message) {
            super(message);
        }
    }
}
