package org.gcmkg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pairs of the context that a submission cannot change are skipped, and skipping them changes no result: on
 * every example, after the valid one has filled the record of reads, the results are those of validating every pair
 * again; a submission that changes what a skipped pair read gets that pair validated again.
 */
class ContextPairsTest {
    private static final Node OBJECTIVE_7 = NodeFactory.createURI("https://w3id.org/gcm/objective/7");

    static java.util.stream.Stream<Path> examples() throws IOException {
        return LeanConstraintsTest.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void skippingUnchangedPairsGivesTheResultsOfValidatingThemAll(Path file) throws IOException {
        ShapesValidator validator = TestProject.get().validator();
        Graph valid = LeanConstraintsTest.parsed(LeanConstraintsTest.examples().findFirst().orElseThrow()).orElseThrow();
        Graph stored = GraphFactory.createDefaultGraph();
        validator.validateSubmission(valid, stored, Integer.MAX_VALUE, true);
        Optional<Graph> parsed = LeanConstraintsTest.parsed(file);
        if (parsed.isEmpty()) {
            return;
        }
        List<String> all = SplitValidationTest.results(validator.validateSubmission(parsed.get(), stored,
                Integer.MAX_VALUE, false));
        List<String> skipping = SplitValidationTest.results(validator.validateSubmission(parsed.get(), stored,
                Integer.MAX_VALUE, true));
        assertEquals(all, skipping, file.toString());
        // The same with the submission as the stored statements of another one.
        assertEquals(SplitValidationTest.results(validator.validateSubmission(valid, parsed.get(), Integer.MAX_VALUE,
                false)), SplitValidationTest.results(validator.validateSubmission(valid, parsed.get(),
                Integer.MAX_VALUE, true)), file.toString());
    }

    @Test
    void aPairIsSkippedOnlyWhileNoLayerAddsToWhatItRead() {
        ShapesValidator validator = TestProject.get().validator();
        ContextPairs pairs = new ContextPairs(validator.shapes(), validator.context());
        Shape notation = validator.shapes().getTargetShapes().stream()
                .filter(s -> s.getShapeNode().getURI().endsWith("#ObjectiveNotationMatchesIri")).findFirst()
                .orElseThrow();
        Graph restating = GraphFactory.createDefaultGraph();
        validator.context().find(OBJECTIVE_7, SKOS.notation.asNode(), Node.ANY).forEachRemaining(restating::add);
        assertEquals(1, restating.size());
        Graph elsewhere = turtle("<https://w3id.org/gcm/report/ejemplo-ficticio-9/a> "
                + "<http://www.w3.org/2004/02/skos/core#notation> \"8\" .");
        assertTrue(pairs.conformsUnchanged(notation, OBJECTIVE_7, restating, elsewhere));
        Graph renumbering = turtle("<https://w3id.org/gcm/objective/7> <http://www.w3.org/2004/02/skos/core#notation> "
                + "\"8\" .");
        assertEquals(false, pairs.conformsUnchanged(notation, OBJECTIVE_7, elsewhere, renumbering));
        // Over the layers, that pair is validated again and reports the new notation.
        ValidationOutcome outcome = validator.validateSubmission(renumbering, GraphFactory.createDefaultGraph(),
                Integer.MAX_VALUE, true);
        assertTrue(outcome.entries().stream().anyMatch(e -> e.focusNode().equals(OBJECTIVE_7)
                && e.source().equals(notation.getShapeNode())), SplitValidationTest.results(outcome).toString());
        // A node the context does not describe is never skipped.
        assertEquals(false, pairs.conformsUnchanged(notation,
                NodeFactory.createURI("https://w3id.org/gcm/objective/24"), restating));
    }

    private static Graph turtle(String text) {
        return RDFParser.fromString(text, Lang.TURTLE).toGraph();
    }
}
