package org.gcmkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step: records the SHA-256 of the content the jar embeds ({@link ProjectFiles#digestOfFiles()}) in
 * {@value ProjectFiles#DIGEST_FILE} beside it, so that a start from the jar reads the digest instead of reading every
 * embedded file to compute it. The build runs it after the content is copied ({@code pom.xml}, phase
 * {@code process-classes}); a test checks that the recorded digest is the one the files give.
 */
public final class ContentDigest {
    private ContentDigest() {
    }

    /** Writes the digest of the content in {@code args[0]} (a directory holding ontology/, shapes/, data/, queries/). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.writeString(dir.resolve(ProjectFiles.DIGEST_FILE),
                ProjectFiles.directory(dir).digestOfFiles() + "\n", StandardCharsets.US_ASCII);
    }
}
