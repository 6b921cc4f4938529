package org.gcmkg.publish;

import java.time.Instant;

/**
 * One downloadable dump file, gzip-compressed, as generated from one snapshot of the data.
 *
 * @param id        a short name, also the last segment of its distribution IRI
 * @param fileName  the file name it is downloaded under
 * @param mediaType the media type of the RDF inside the compression
 * @param titleEn   its title in English
 * @param titleEs   its title in Spanish
 * @param content   the gzip bytes
 * @param sha256    the SHA-256 of the gzip bytes, in lower-case hex
 * @param modified  when the content last changed, to the second
 */
public record Dump(String id, String fileName, String mediaType, String titleEn, String titleEs, byte[] content,
        String sha256, Instant modified) {

    /** The compressed size in bytes. */
    public long size() {
        return content.length;
    }

    /** The ETag of the file: its checksum, which changes exactly when its bytes do. */
    public String etag() {
        return "\"" + sha256 + "\"";
    }

    /** The same dump, stamped with another modification time. */
    Dump withModified(Instant time) {
        return new Dump(id, fileName, mediaType, titleEn, titleEs, content, sha256, time);
    }
}
