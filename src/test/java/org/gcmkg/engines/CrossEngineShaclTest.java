package org.gcmkg.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.TestProject;
import org.gcmkg.io.RdfInputException;
import org.gcmkg.workbook.DataContext;
import org.gcmkg.workbook.InputLimits;
import org.gcmkg.workbook.MappedWorkbook;
import org.gcmkg.workbook.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The curated data and every example, valid and invalid, get the same SHACL verdict and the same results in
 * Apache Jena and in Eclipse RDF4J (its ShaclSail validator). Each example is validated as the gate validates it:
 * together with the ontology and the curated data. Results compare as a set of (focus node, result path, source
 * constraint component, severity, source shape); on failure the results only one engine gives are printed. The
 * examples a shape refuses must have a result of that shape; the others (refused by the gate's own rules, or
 * valid) no violation, only warnings where a shape says "should".
 *
 * <p>Both engines run the whole shapes graph, the SHACL-SPARQL shape {@code ObjectiveCompactSdgRecorded} included:
 * RDF4J 5.1.6 implements SPARQL-based constraints ({@code sh:sparql} with {@code sh:select}), so nothing is left out.
 */
class CrossEngineShaclTest {
    /** The examples that are not RDF, so no SHACL engine sees them, and why (the gate refuses them with a 400). */
    static final Map<String, String> NOT_RDF = Map.of(
            "malformed.ttl", "broken Turtle",
            "latin1.ttl", "not UTF-8",
            "deep-nesting.ttl", "a collection nested deeper than the parser allows",
            "external-entity.rdf", "RDF/XML with a DOCTYPE and an external entity",
            "remote-context.jsonld", "a JSON-LD context that would have to be fetched");

    /** The examples that a shape refuses (the others conform to the shapes and are refused by the gate's own rules). */
    static final Map<String, String> REFUSED_BY_SHAPE = Map.of(
            "invalid/24th-objective.ttl", "ObjectiveShape",
            "invalid/relabel-objective.ttl", "ObjectivePrefLabelEs",
            "invalid/action-without-objective.ttl", "ActionObjective",
            "invalid/negative-figure.ttl", "FigureValue",
            "invalid/included-without-sent.ttl", "ParticipationIncludedOnlyIfSent",
            "invalid/unknown-institution.ttl", "ActionResponsible",
            "invalid-workbooks/included-without-sent.xlsx", "ParticipationIncludedOnlyIfSent");

    private static final Path INVALID = Editions.EXAMPLES.resolve("invalid");
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("sh", SHACLM.getURI()).lock();
    private static final Path INVALID_WORKBOOKS = Editions.EXAMPLES.resolve("invalid-workbooks");

    static Stream<Arguments> examples() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("curated data alone", (Supplier<Graph>) GraphFactory::createDefaultGraph));
        cases.add(Arguments.of("follow-up-2021/submission.ttl", rdf(Editions.FOLLOW_UP_2021)));
        cases.add(Arguments.of("follow-up-2021/submission.xlsx",
                workbook(Editions.EXAMPLES.resolve("follow-up-2021/submission.xlsx"))));
        cases.add(Arguments.of("other-country-2022/csv", workbook(Editions.EXAMPLES.resolve("other-country-2022/csv"))));
        for (Path file : list(INVALID)) {
            if (!NOT_RDF.containsKey(file.getFileName().toString())) {
                cases.add(Arguments.of("invalid/" + file.getFileName(), rdf(file)));
            }
        }
        for (Path file : list(INVALID_WORKBOOKS)) {
            if (mapped(file).readable()) {
                cases.add(Arguments.of("invalid-workbooks/" + file.getFileName(), workbook(file)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void jenaAndRdf4jGiveTheSameResults(String name, Supplier<Graph> example) {
        Graph data = GraphFactory.createDefaultGraph();
        TestProject.get().validator().context().find().forEachRemaining(data::add);
        example.get().find().forEachRemaining(data::add);
        Graph shapes = TestProject.get().validator().shapes().getGraph();

        Model jena = ShaclValidator.get().validate(TestProject.get().validator().shapes(), data).getModel();
        Model rdf4j = Rdf4j.validate(shapes, data);

        assertEquals(conforms(jena), conforms(rdf4j), name + ": verdict (Jena, RDF4J)");
        Set<String> inJena = results(jena);
        Set<String> inRdf4j = results(rdf4j);
        if (!inJena.equals(inRdf4j)) {
            Set<String> onlyJena = new TreeSet<>(inJena);
            onlyJena.removeAll(inRdf4j);
            Set<String> onlyRdf4j = new TreeSet<>(inRdf4j);
            onlyRdf4j.removeAll(inJena);
            fail(name + ": the engines disagree (focus | path | component | severity | shape)\nonly in Jena:\n  "
                    + String.join("\n  ", onlyJena) + "\nonly in RDF4J:\n  " + String.join("\n  ", onlyRdf4j));
        }
        String shape = REFUSED_BY_SHAPE.get(name);
        if (shape != null) {
            assertFalse(conforms(jena), name + " conforms");
            assertTrue(inJena.stream().anyMatch(r -> r.endsWith("| <https://w3id.org/gcm/shapes#" + shape + ">")),
                    name + ": no result of " + shape + " in " + inJena);
        } else {
            assertTrue(inJena.stream().noneMatch(r -> r.contains("| sh:Violation |")), name + " has a violation: " + inJena);
        }
    }

    @Test
    void theExamplesLeftOutAreExactlyThoseThatAreNotRdf() {
        for (Path file : list(INVALID)) {
            String name = file.getFileName().toString();
            if (NOT_RDF.containsKey(name)) {
                assertThrows(RdfInputException.class, () -> Editions.input(file).parse(), name + ": " + NOT_RDF.get(name));
            } else {
                assertTrue(Editions.input(file).parse() != null, name);
            }
        }
        assertTrue(list(INVALID).stream().map(p -> p.getFileName().toString()).toList().containsAll(NOT_RDF.keySet()),
                "every example named as not RDF exists");
    }

    @Test
    void theWorkbookRefusedByAShapeIsCompared() {
        assertTrue(mapped(INVALID_WORKBOOKS.resolve("included-without-sent.xlsx")).readable(),
                "the workbook whose problem is a shape's reaches the SHACL engines");
    }

    private static boolean conforms(Model report) {
        List<Statement> c = report.listStatements(null, SHACLM.conforms, (RDFNode) null).toList();
        assertEquals(1, c.size(), "one sh:conforms in the report");
        return c.get(0).getBoolean();
    }

    /** The report's results (those the report links with sh:result, not nested details), one line each. */
    private static Set<String> results(Model report) {
        Set<String> lines = new TreeSet<>();
        for (Resource r : report.listSubjectsWithProperty(RDF.type, SHACLM.ValidationReport).toList()) {
            for (Statement s : r.listProperties(SHACLM.result).toList()) {
                Resource result = s.getResource();
                lines.add(String.join(" | ", term(result, SHACLM.focusNode), path(result.getProperty(SHACLM.resultPath)),
                        term(result, SHACLM.sourceConstraintComponent), term(result, SHACLM.resultSeverity),
                        term(result, SHACLM.sourceShape)));
            }
        }
        return lines;
    }

    private static String term(Resource result, org.apache.jena.rdf.model.Property p) {
        Statement s = result.getProperty(p);
        return s == null ? "-" : show(s.getObject().asNode());
    }

    private static String show(Node n) {
        return n.isBlank() ? "_:blank" : FmtUtils.stringForNode(n, PREFIXES);
    }

    /** A SHACL path in SPARQL-like syntax, so that a path written with blank nodes compares by its structure. */
    private static String path(Statement s) {
        return s == null ? "-" : path(s.getObject());
    }

    private static String path(RDFNode p) {
        if (p.isURIResource()) {
            return show(p.asNode());
        }
        Resource r = p.asResource();
        if (r.hasProperty(SHACLM.inversePath)) {
            return "^" + path(r.getProperty(SHACLM.inversePath).getObject());
        }
        if (r.hasProperty(RDF.first)) {
            List<String> steps = new ArrayList<>();
            r.as(RDFList.class).iterator().forEachRemaining(step -> steps.add(path(step)));
            return "(" + String.join("/", steps) + ")";
        }
        return "_:path";
    }

    private static Supplier<Graph> rdf(Path file) {
        return () -> Editions.input(file).parse();
    }

    private static Supplier<Graph> workbook(Path file) {
        return () -> {
            MappedWorkbook m = mapped(file);
            assertTrue(m.readable(), file + " maps to RDF");
            return m.graph();
        };
    }

    private static MappedWorkbook mapped(Path file) {
        Workbooks w = new Workbooks(TestProject.get().validator().shapes().getGraph(),
                new DataContext(TestProject.get().validator().context()));
        return w.map(w.read(file, InputLimits.DEFAULT));
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
