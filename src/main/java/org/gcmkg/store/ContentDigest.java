package org.gcmkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.gcmkg.validation.ShapesValidator;
import org.gcmkg.validation.ShapesVersion;

/**
 * A build step: records the SHA-256 of the content the jar embeds ({@link ProjectFiles#digestOfFiles()}) in
 * {@value ProjectFiles#DIGEST_FILE} beside it, so that a start from the jar reads the digest instead of reading every
 * embedded file to compute it; and writes the content as it parses it ({@link PreparsedContent}, {@value
 * PreparsedContent#FILE}), tied to that digest, so that commands read binary RDF instead of parsing the Turtle. The
 * build runs it after the content is copied ({@code pom.xml}, phase {@code process-classes}); tests check that the
 * recorded digest is the one the files give and that the parsed content is the files'.
 */
public final class ContentDigest {
    private ContentDigest() {
    }

    /** Writes the digest and the parsed content of {@code args[0]} (a directory holding ontology/, shapes/, data/, queries/). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        ProjectFiles files = ProjectFiles.directory(dir);
        String digest = files.digestOfFiles();
        CuratedData data = CuratedData.parse(files);
        Graph shapes = ShapesValidator.readShapesGraph(files.shapeFiles());
        PreparsedContent content = PreparsedContent.of(data.ontology(), shapes,
                ShapesVersion.of(files.shapeFiles(), shapes).sha256(), data.areas());
        try (OutputStream out = Files.newOutputStream(dir.resolve(PreparsedContent.FILE))) {
            content.write(out, digest);
        }
        Files.writeString(dir.resolve(ProjectFiles.DIGEST_FILE), digest + "\n", StandardCharsets.US_ASCII);
    }
}
