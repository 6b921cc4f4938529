package org.gcmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.atlas.json.JSON;
import org.gcmkg.TestProject;
import org.gcmkg.WorkingCopy;
import org.gcmkg.ingest.SubmissionGate;
import org.gcmkg.ingest.SubmissionGateTest;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.io.RdfInputException;
import org.gcmkg.validation.ValidationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: output and exit codes. */
class CommandLineTest {
    private static final String BROKEN_ACTION = String.join("\n",
            "@prefix gcm: <https://w3id.org/gcm/ontology#> .",
            "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
            "<https://w3id.org/gcm/report/informe-ejecutivo-2020/action/99-1> a gcm:ReportedAction ;",
            "    gcm:inReport <https://w3id.org/gcm/report/informe-ejecutivo-2020> ;",
            "    skos:prefLabel \"Acción sin objetivo\"@es , \"Action without objective\"@en .", "");

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void validateNamesFocusNodeAndPropertyAndExitsOne() throws IOException {
        CliRun r = run("validate", write("broken.ttl", BROKEN_ACTION).toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("Does not conform."), r.out());
        assertTrue(r.out().contains("focus node: <https://w3id.org/gcm/report/informe-ejecutivo-2020/action/99-1>"), r.out());
        assertTrue(r.out().contains("property:   gcm:objective"), r.out());
        assertTrue(r.out().contains("A reported action is listed under exactly one objective"), r.out());
    }

    @Test
    void validateSpeaksSpanish() throws IOException {
        CliRun r = run("validate", "--lang", "es", write("broken.ttl", BROKEN_ACTION).toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("No conforma."), r.out());
        assertTrue(r.out().contains("nodo foco:"), r.out());
        assertTrue(r.out().contains("Una acción reportada se enumera en exactamente un objetivo"), r.out());
    }

    @Test
    void validateWritesTheReportAsTurtleAndJsonLd() throws IOException {
        Path file = write("broken.ttl", BROKEN_ACTION);
        for (String[] f : new String[][] {{"turtle", "TTL"}, {"jsonld", "JSON-LD"}}) {
            CliRun r = run("validate", "--format", f[0], file.toString());
            assertEquals(1, r.code());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.out(), f[0].equals("turtle") ? Lang.TURTLE : Lang.JSONLD).parse(m);
            assertTrue(m.contains(null, RDF.type, m.createResource("http://www.w3.org/ns/shacl#ValidationReport")), f[1]);
        }
    }

    @Test
    void validateAcceptsConformingDataInEveryFormat() throws IOException {
        Model edition = ModelFactory.createDefaultModel();
        RDFParser.fromString(SubmissionGateTest.edition("prueba-formatos-2031", ""), Lang.TURTLE).parse(edition);
        for (String[] f : new String[][] {{"ok.nt", "N-TRIPLES"}, {"ok.jsonld", "JSON-LD"}, {"ok.rdf", "RDF/XML"}, {"ok.trig", "TRIG"}}) {
            java.io.StringWriter w = new java.io.StringWriter();
            edition.write(w, f[1].equals("TRIG") ? "TURTLE" : f[1]);
            CliRun r = run("validate", write(f[0], w.toString()).toString());
            assertEquals(0, r.code(), f[0] + ": " + r.out() + r.err());
            assertTrue(r.out().startsWith("Conforms."), r.out());
        }
    }

    @Test
    void validateGivesTheGatesVerdictAndResultsOnEveryExample() throws IOException {
        SubmissionGate gate = new SubmissionGate(TestProject.get());
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("basedir", "."), "examples", "invalid"))) {
            files = s.sorted().toList();
        }
        for (Path file : files) {
            CliRun r = run("validate", "--format", "json", file.toString());
            ValidationOutcome outcome;
            try {
                outcome = gate.check(new SubmissionInput(Files.readAllBytes(file),
                        org.gcmkg.io.RdfFiles.langFor(file.toString()), file.toString()), null);
            } catch (RdfInputException e) {
                assertEquals(2, r.code(), file + ": " + r.out());
                assertTrue(r.err().contains(org.gcmkg.validation.InputErrorText.describe(e,
                        org.gcmkg.io.RdfFiles.langFor(file.toString()), org.gcmkg.text.Language.EN)), r.err());
                assertFalse(r.err().matches("(?s).*(Exception|\\tat |java\\.lang).*"), r.err());
                continue;
            }
            assertEquals(outcome.accepted() ? 0 : 1, r.code(), file + ": " + r.out() + r.err());
            assertEquals(outcome.entries().size(), JSON.parse(r.out()).get("results").getAsArray().size(), file.toString());
        }
        CliRun retype = run("validate", Path.of(System.getProperty("basedir", "."), "examples", "invalid",
                "retype-institution.ttl").toString());
        assertEquals(1, retype.code(), retype.out());
        assertTrue(retype.out().contains("may not add statements about a resource of the curated data"), retype.out());
    }

    @Test
    void malformedTurtleExitsTwoWithLineAndColumn() throws IOException {
        Path file = write("malformed.ttl", "@prefix gcm: <https://w3id.org/gcm/ontology#> .\n\n<urn:a> gcm:objective ?x .\n");
        CliRun r = run("validate", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(file + ", line 3, column 23: this is not valid Turtle (the parser says: “"), r.err());
    }

    @Test
    void unknownFormatsMissingFilesAndBadOptionsExitTwo() throws IOException {
        assertEquals(2, run("validate", write("data.txt", "hello").toString()).code());
        CliRun missing = run("validate", tmp.resolve("nowhere.ttl").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nowhere.ttl: no such file."), missing.err());
        assertEquals(2, run("validate", "--lang", "fr", write("b.ttl", BROKEN_ACTION).toString()).code());
        assertEquals(2, run("validate").code());
        assertEquals(2, run("no-such-command").code());
        assertEquals(2, run().code());
    }

    @Test
    void queryRunsANamedQueryAsCsv() {
        CliRun r = run("query", "--format", "csv", "participation-summary");
        assertEquals(0, r.code(), r.err());
        assertEquals("listed,asked_for_information,sent_information,included\r\n41,38,34,33\r\n", r.out());
    }

    @Test
    void queryRunsAQueryFileAndListsNamedQueries() throws IOException {
        Path q = write("count.rq", "SELECT (COUNT(?p) AS ?principles) WHERE { ?p a <https://w3id.org/gcm/ontology#GuidingPrinciple> }");
        CliRun r = run("query", "--format", "json", q.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\"value\"\\s*:\\s*\"10\".*"), r.out());
        CliRun list = run("query", "--list");
        assertEquals(0, list.code());
        assertTrue(list.out().contains("objectives-most-actions"), list.out());
        assertEquals(2, run("query", "no-such-query").code());
    }

    @Test
    void serveRefusesToStartOnNonConformingData() throws IOException {
        Path copy = WorkingCopy.in(tmp);
        Files.writeString(copy.resolve("data/reference/broken.ttl"), BROKEN_ACTION, StandardCharsets.UTF_8);
        CliRun r = run("serve", "--port", "0", "--data", copy.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("does not conform"), r.err());
        assertTrue(r.err().contains("action/99-1"), r.err());
    }

    @Test
    void serveRefusesAnIriBaseThatIsNotAnHttpIriEndingWithASlash() {
        CliRun r = run("serve", "--port", "0", "--iri-base", "https://w3id.org/gcm");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("IRI base"), r.err());
    }

    @Test
    void aWorkingCopyIsReadInsteadOfTheEmbeddedContent() throws IOException {
        Path copy = WorkingCopy.in(tmp);
        Files.writeString(copy.resolve("queries/objective-count.rq"),
                "# Count of objectives.\nSELECT (COUNT(?o) AS ?n) WHERE { ?o a <https://w3id.org/gcm/ontology#Objective> }\n");
        CliRun r = run("query", "--data", copy.toString(), "--format", "csv", "objective-count");
        assertEquals(0, r.code(), r.err());
        assertEquals("n\r\n23\r\n", r.out());
        assertEquals(2, run("query", "--data", tmp.resolve("empty").toString(), "headline-figures").code());
    }
}
