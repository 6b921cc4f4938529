package org.gcmkg.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shapes file itself: it parses, and every shape is named and explained in English and Spanish. */
class ShapesFileTest {
    private static Model shapes;

    @BeforeAll
    static void read() {
        shapes = ModelFactory.createDefaultModel();
        for (Path file : TestProject.get().files().shapeFiles()) {
            try (InputStream in = Files.newInputStream(file)) {
                RDFDataMgr.read(shapes, in, Lang.TURTLE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void shapesParseIntoNodeShapesWithProperties() {
        Shapes parsed = TestProject.get().validator().shapes();
        assertTrue(parsed.numRootShapes() >= 15, "expected a node shape per class, got " + parsed.numRootShapes());
    }

    @Test
    void everyPropertyShapeHasOneNameAndOneMessagePerLanguageAndASeverity() {
        List<String> problems = new ArrayList<>();
        for (Resource ps : shapes.listSubjectsWithProperty(RDF.type, SHACLM.PropertyShape).toList()) {
            checkOnePerLanguage(ps, SHACLM.name, problems);
            checkOnePerLanguage(ps, SHACLM.message, problems);
            if (!ps.hasProperty(SHACLM.severity)) {
                problems.add(ps + " has no sh:severity");
            }
            if (!ps.hasProperty(SHACLM.path)) {
                problems.add(ps + " has no sh:path");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyNodeShapeIsLabelledAndPointsToDeclaredPropertyShapes() {
        List<String> problems = new ArrayList<>();
        List<Resource> nodeShapes = shapes.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList();
        assertFalse(nodeShapes.isEmpty());
        for (Resource ns : nodeShapes) {
            checkOnePerLanguage(ns, RDFS.label, problems);
            if (ns.hasProperty(SHACLM.message)) {
                checkOnePerLanguage(ns, SHACLM.message, problems);
            }
            for (RDFNode p : shapes.listObjectsOfProperty(ns, SHACLM.property).toList()) {
                if (!p.asResource().hasProperty(RDF.type, SHACLM.PropertyShape)) {
                    problems.add(ns + " points to " + p + ", which is not a declared sh:PropertyShape");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** SHACL-SPARQL only in a node shape of its own: never next to Core constraints, so Core engines miss nothing else. */
    @Test
    void sparqlConstraintsSitInNodeShapesOfTheirOwn() {
        List<Resource> withSparql = shapes.listSubjectsWithProperty(SHACLM.sparql).toList();
        assertFalse(withSparql.isEmpty(), "the Compact-SDG rule is a SHACL-SPARQL shape");
        List<String> problems = new ArrayList<>();
        for (Resource shape : withSparql) {
            List<Property> others = shape.listProperties().toList().stream().map(Statement::getPredicate)
                    .filter(p -> p.getURI().startsWith(SHACLM.getURI()))
                    .filter(p -> !List.of(SHACLM.sparql, SHACLM.targetClass, SHACLM.message, SHACLM.severity).contains(p))
                    .toList();
            if (!shape.hasProperty(RDF.type, SHACLM.NodeShape) || !others.isEmpty()) {
                problems.add(shape + " has sh:sparql next to " + others);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Messages, names and labels are written for their noun, never with a bracketed alternative ending such as
     * "un(a) título", "uno(a)", "programa(s)" or "institución(es)".
     */
    @Test
    void noMessageNameOrLabelUsesABracketedGenderOrPluralEnding() {
        List<String> problems = new ArrayList<>();
        for (Property p : List.of(SHACLM.message, SHACLM.name, RDFS.label)) {
            shapes.listStatements(null, p, (RDFNode) null).forEachRemaining(s -> {
                if (s.getObject().isLiteral()) {
                    String text = s.getLiteral().getLexicalForm();
                    for (String ending : List.of("(a)", "(s)", "(es)", "(as)", "(os)")) {
                        if (text.contains(ending)) {
                            problems.add(s.getSubject() + " " + p.getLocalName() + " @" + s.getLiteral().getLanguage()
                                    + " contains \"" + ending + "\": " + text);
                        }
                    }
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void checkOnePerLanguage(Resource r, Property p, List<String> problems) {
        for (String lang : List.of("en", "es")) {
            long n = r.listProperties(p).toList().stream()
                    .filter(s -> s.getObject().isLiteral() && lang.equals(s.getLiteral().getLanguage())).count();
            if (n != 1) {
                problems.add(r + " has " + n + " " + p.getLocalName() + " @" + lang);
            }
        }
    }
}
