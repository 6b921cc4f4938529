package org.gcmkg.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

/** The syntax of a text is guessed from its start and its lines. */
class SyntaxGuessTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");

    @Test
    void eachSyntaxIsRecognised() throws Exception {
        assertEquals(Lang.TURTLE, SyntaxGuess.of(Files.readString(EXAMPLES.resolve("follow-up-2021/submission.ttl"))));
        assertEquals(Lang.JSONLD, SyntaxGuess.of(Files.readString(EXAMPLES.resolve("invalid/remote-context.jsonld"))));
        assertEquals(Lang.RDFXML, SyntaxGuess.of(Files.readString(EXAMPLES.resolve("invalid/external-entity.rdf"))));
        assertEquals(Lang.JSONLD, SyntaxGuess.of("\uFEFF  [ {\"@id\": \"https://example.org/a\"} ]"));
        assertEquals(Lang.RDFXML, SyntaxGuess.of("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>"));
        assertEquals(Lang.RDFXML, SyntaxGuess.of("<RDF xmlns=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>"));
        assertEquals(Lang.NTRIPLES, SyntaxGuess.of("# a comment\n<https://example.org/a> <https://example.org/b> "
                + "\"x \\\" y\"@es-MX .\n\n_:b1 <https://example.org/c> <https://example.org/d> . # end\n"
                + "<https://example.org/a> <https://example.org/n> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"));
    }

    @Test
    void whatStartsLikeATripleButUsesTurtleIsTurtle() {
        assertEquals(Lang.TURTLE, SyntaxGuess.of("<https://example.org/a> <https://example.org/b> <https://example.org/c> ;\n"
                + "  <https://example.org/d> 1 .\n"));
        assertEquals(Lang.TURTLE, SyntaxGuess.of("<https://example.org/a> a <https://example.org/C> .\n"));
        assertEquals(Lang.TURTLE, SyntaxGuess.of(""));
        assertEquals(Lang.TURTLE, SyntaxGuess.of("@prefix ex: <https://example.org/> .\nex:a ex:b ex:c .\n"));
    }
}
