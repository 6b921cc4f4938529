package org.gcmkg.store;

import static org.gcmkg.TestProject.assertIsomorphic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.WorkingCopy;
import org.gcmkg.validation.ShapesValidator;
import org.gcmkg.validation.ShapesVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content the build writes parsed ({@link PreparsedContent}, read instead of the Turtle by commands run from the
 * jar) is the project's Turtle files, graph by graph; it is used only for the content it was made from, and a working
 * copy given as {@code --data} is always read from its own files.
 */
class PreparsedContentTest {
    @TempDir
    Path tmp;

    @Test
    void theEmbeddedParsedContentIsTheWorkingCopysTurtleGraphByGraph() {
        ProjectFiles turtle = ProjectFiles.directory(base());
        PreparsedContent parsed = ProjectFiles.embedded().preparsed()
                .orElseThrow(() -> new AssertionError("the build wrote no parsed content for the embedded files"));
        CuratedData data = CuratedData.parse(turtle);
        assertIsomorphic(data.ontology(), parsed.ontology(), "the ontology");
        assertEquals(data.areas().keySet(), parsed.areas().keySet(), "the data areas");
        assertTrue(data.areas().containsKey(CuratedData.REFERENCE_AREA));
        data.areas().forEach((area, graph) -> assertIsomorphic(graph, parsed.areas().get(area), "data area " + area));
        Graph shapes = ShapesValidator.readShapesGraph(turtle.shapeFiles());
        assertIsomorphic(shapes, parsed.shapes(), "the shapes");
        assertEquals(ShapesVersion.of(turtle.shapeFiles(), shapes).sha256(), parsed.shapesSha256(),
                "the shapes files' digest a report states");
    }

    @Test
    void theEmbeddedProjectValidatesWithTheParsedShapesAndReportsTheShapesFilesDigest() {
        ProjectFiles turtle = ProjectFiles.directory(base());
        Project embedded = Project.load(ProjectFiles.embedded());
        assertEquals(Project.load(turtle).validator().version(), embedded.validator().version());
        assertIsomorphic(Project.load(turtle).validator().context(), embedded.validator().context(), "the context");
        assertTrue(embedded.validateCurated().accepted(), "the curated data conforms");
    }

    @Test
    void parsedContentOfOtherFilesIsNotRead() throws IOException {
        String digest = ProjectFiles.embedded().digest();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CuratedData data = CuratedData.parse(ProjectFiles.directory(base()));
        PreparsedContent.of(data.ontology(), data.ontology(), "0".repeat(64), data.areas()).write(bytes, digest);
        assertTrue(PreparsedContent.read(input(bytes), digest).isPresent(), "the same digest");
        assertFalse(PreparsedContent.read(input(bytes), "f".repeat(64)).isPresent(), "another digest");
    }

    @Test
    void aWorkingCopyIsReadFromItsOwnFilesEvenBesideParsedContent() throws IOException {
        Path copy = WorkingCopy.in(tmp);
        ContentDigest.main(new String[] {copy.toString()});
        assertTrue(Files.size(copy.resolve(PreparsedContent.FILE)) > 0, "the build step wrote the parsed content");
        Path objectives = copy.resolve("data/reference/objectives.ttl");
        Node objective1 = NodeFactory.createURI("https://w3id.org/gcm/objective/1");
        Files.writeString(objectives, Files.readString(objectives)
                + "\n<https://w3id.org/gcm/objective/1> <" + RDFS.comment.getURI() + "> \"changed in the copy\"@en .\n");
        ProjectFiles files = ProjectFiles.directory(copy);
        assertFalse(files.preparsed().isPresent(), "a working copy never reads parsed content");
        Graph reference = CuratedData.load(files).namedGraphs().get(CuratedData.graphName(CuratedData.REFERENCE_AREA));
        assertTrue(reference.contains(objective1, RDFS.comment.asNode(),
                NodeFactory.createLiteralLang("changed in the copy", "en")), "the copy's own edit is read");
        assertTrue(Project.load(files).validator().context().contains(objective1, RDFS.comment.asNode(),
                NodeFactory.createLiteralLang("changed in the copy", "en")), "and validated against");
    }

    private static InputStream input(ByteArrayOutputStream bytes) {
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static Path base() {
        return Path.of(System.getProperty("basedir", "."));
    }
}
