package org.gcmkg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.TestProject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A submission's validation split in two halves (which may run on two threads) gives the results of one pass, in
 * the same order, on every example that parses: split after every possible number of pairs would be slow, so the
 * split is forced at the middle for every example, however small.
 */
class SplitValidationTest {
    static java.util.stream.Stream<Path> examples() throws IOException {
        return LeanConstraintsTest.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theHalvesGiveTheResultsOfOnePass(Path file) throws IOException {
        Optional<Graph> parsed = LeanConstraintsTest.parsed(file);
        if (parsed.isEmpty()) {
            return;
        }
        Graph data = parsed.get();
        ShapesValidator validator = TestProject.get().validator();
        Graph stored = GraphFactory.createDefaultGraph();
        List<String> onePass = results(validator.validateSubmission(data, stored, Integer.MAX_VALUE, true));
        List<String> split = results(validator.validateSubmission(data, stored, 1, true));
        assertEquals(onePass, split, file.toString());
        if (file.getFileName().toString().equals("relabel-objective.ttl")) {
            assertFalse(split.isEmpty(), "relabel-objective.ttl has SHACL results");
        }
    }

    static List<String> results(ValidationOutcome outcome) {
        return outcome.entries().stream().map(e -> String.join(" ", e.severity().level().getLocalName(),
                str(e.source()), str(e.focusNode()), String.valueOf(e.resultPath()), str(e.value()),
                String.valueOf(e.message()))).toList();
    }

    private static String str(Node n) {
        return n == null ? "-" : n.toString();
    }
}
