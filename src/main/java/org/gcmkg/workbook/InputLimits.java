package org.gcmkg.workbook;

/**
 * The caps on an untrusted workbook or CSV form.
 *
 * @param maxBytes         the largest input, in bytes, as sent
 * @param maxUnzippedBytes the most bytes all entries of the zip may hold once inflated (zip bombs)
 * @param maxEntries       the most entries the zip may hold
 * @param maxRows          the most rows one sheet may hold
 * @param maxColumns       the most columns one sheet may hold
 */
public record InputLimits(long maxBytes, long maxUnzippedBytes, int maxEntries, int maxRows, int maxColumns) {
    /** The caps used unless told otherwise: 10 MiB sent, 200 MiB inflated, 2,000 entries, 50,000 rows, 200 columns. */
    public static final InputLimits DEFAULT = new InputLimits(10L * 1024 * 1024, 200L * 1024 * 1024, 2_000, 50_000, 200);

    /** These limits with another cap on the bytes sent. */
    public InputLimits withMaxBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the size cap must be positive, not " + bytes);
        }
        return new InputLimits(bytes, maxUnzippedBytes, maxEntries, maxRows, maxColumns);
    }

    /** These limits with another cap on the rows of a sheet. */
    public InputLimits withMaxRows(int rows) {
        return new InputLimits(maxBytes, maxUnzippedBytes, maxEntries, rows, maxColumns);
    }
}
