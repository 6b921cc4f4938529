package org.gcmkg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.TestProject;
import org.gcmkg.io.RdfFiles;
import org.gcmkg.io.RdfInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * jena-shacl with {@link LeanConstraints} gives exactly the results, in the same order, that jena-shacl's own
 * constraints give: on the curated data, on every example that parses, and on data made to fail each of the
 * swapped constraints ({@code sh:or}, {@code sh:not} inside it, {@code sh:node}, {@code sh:qualifiedValueShape},
 * {@code sh:class}; the curated data has values whose class only a superclass walk finds).
 * The data is validated whole, with the ontology and the curated data, as jena-shacl runs it bare.
 */
class LeanConstraintsTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");

    private static final String FAILING = String.join("\n",
            "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
            // ObjectivePrefLabelEn (qualified value shape): a second Spanish title and no English one for a new
            // objective.
            "<https://w3id.org/gcm/objective/5> skos:prefLabel \"Otro título\"@es .",
            "<https://w3id.org/gcm/objective/30> a gcm:Objective ; skos:prefLabel \"Objetivo inventado\"@es .",
            // ObjectiveNotationMatchesIri (sh:or of sh:not and sh:hasValue alternatives).
            "<https://w3id.org/gcm/objective/3> skos:notation \"4\"^^xsd:positiveInteger .",
            // A period whose start is not a date (sh:or of datatypes), the 2020 report's second period (sh:node).
            "<period/test> a dcterms:PeriodOfTime ; dcat:startDate \"soon\" .",
            "<https://w3id.org/gcm/report/informe-ejecutivo-2020> gcm:reportingPeriod <period/test> .",
            // sh:class: an institution part of an objective, and one part of an untyped resource.
            "<https://w3id.org/gcm/institution/upmrip> org:subOrganizationOf <https://w3id.org/gcm/objective/3> .",
            "<https://w3id.org/gcm/institution/sre> org:subOrganizationOf <https://example.org/nobody> .", "");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> invalid = Files.list(EXAMPLES.resolve("invalid"))) {
            return Stream.concat(Stream.of(EXAMPLES.resolve("follow-up-2021/submission.ttl")),
                    invalid.sorted().toList().stream());
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleGetsTheSameResults(Path file) throws IOException {
        Optional<Graph> data = parsed(file);
        if (data.isPresent()) {
            assertSameResults(data.get(), file.toString());
        }
    }

    /** The example's graph, or nothing for the examples that are not readable RDF (they never reach SHACL). */
    static Optional<Graph> parsed(Path file) throws IOException {
        try {
            return Optional.of(RdfFiles.readGraph(Files.readAllBytes(file), RdfFiles.langFor(file.toString()),
                    file.toString(), Long.MAX_VALUE));
        } catch (RdfInputException e) {
            return Optional.empty();
        }
    }

    @Test
    void theCuratedDataGetsTheSameResults() {
        assertSameResults(GraphFactory.createDefaultGraph(), "curated data");
    }

    @Test
    void dataThatFailsEverySwappedConstraintGetsTheSameResults() {
        List<String> results = assertSameResults(TestProject.turtle(FAILING), "failing data");
        Set<String> components = new TreeSet<>();
        results.forEach(r -> components.add(r.substring(r.lastIndexOf(' ') + 1)));
        for (String c : List.of("QualifiedMinCountConstraintComponent", "OrConstraintComponent",
                "NodeConstraintComponent", "ClassConstraintComponent")) {
            assertTrue(components.stream().anyMatch(x -> x.endsWith(c)), "no result of " + c + " in " + results);
        }
    }

    /** Asserts the same results from the stock and the lean shapes; returns them. */
    private static List<String> assertSameResults(Graph data, String what) {
        Graph shapesGraph = TestProject.get().validator().shapes().getGraph();
        Shapes stock = Shapes.parse(shapesGraph);
        Shapes lean = LeanConstraints.apply(Shapes.parse(shapesGraph));
        Graph merged = GraphFactory.createDefaultGraph();
        TestProject.get().validator().context().find().forEachRemaining(merged::add);
        data.find().forEachRemaining(merged::add);
        List<String> expected = results(ShaclValidator.get().validate(stock, merged).getEntries());
        List<String> actual = results(ShaclValidator.get().validate(lean, merged).getEntries());
        assertEquals(expected, actual, what);
        return actual;
    }

    private static List<String> results(java.util.Collection<ReportEntry> entries) {
        return entries.stream().map(e -> String.join(" ", e.severity().level().getLocalName(), str(e.source()),
                str(e.focusNode()), String.valueOf(e.resultPath()), str(e.value()), String.valueOf(e.message()),
                str(e.constraint().getComponent()))).toList();
    }

    private static String str(Node n) {
        return n == null ? "-" : n.toString();
    }
}
