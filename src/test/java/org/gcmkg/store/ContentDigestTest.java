package org.gcmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gcmkg.WorkingCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest the build records beside the embedded content ({@link ContentDigest}, which a start from the jar reads
 * instead of the files) is the digest of the project's files, and it changes with them.
 */
class ContentDigestTest {
    @TempDir
    Path tmp;

    private static String recorded() throws IOException {
        try (InputStream in = ContentDigestTest.class.getClassLoader()
                .getResourceAsStream("gcm/" + ProjectFiles.DIGEST_FILE)) {
            assertNotNull(in, "the build recorded no digest beside the embedded content");
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }

    @Test
    void theRecordedDigestIsTheDigestOfTheProjectsFiles() throws IOException {
        String recorded = recorded();
        assertTrue(recorded.matches("[0-9a-f]{64}"), recorded);
        assertEquals(ProjectFiles.directory(base()).digestOfFiles(), recorded, "the working copy's files");
        assertEquals(ProjectFiles.embedded().digestOfFiles(), recorded, "the embedded files");
        assertEquals(recorded, ProjectFiles.embedded().digest());
    }

    @Test
    void theBuildStepWritesTheDigestOfADirectoryWhichChangesWithAnyDataFile() throws IOException {
        Path copy = WorkingCopy.in(tmp);
        ContentDigest.main(new String[] {copy.toString()});
        String written = Files.readString(copy.resolve(ProjectFiles.DIGEST_FILE)).strip();
        assertEquals(recorded(), written, "the same files, the same digest");
        Path objectives = copy.resolve("data/reference/objectives.ttl");
        Files.writeString(objectives, Files.readString(objectives) + "\n");
        assertNotEquals(written, ProjectFiles.directory(copy).digestOfFiles(), "one byte more in a data file");
        assertEquals(ProjectFiles.directory(copy).digestOfFiles(), ProjectFiles.directory(copy).digest(),
                "a working copy's digest is computed from its files, never read from a recorded one");
    }

    private static Path base() {
        return Path.of(System.getProperty("basedir", "."));
    }
}
