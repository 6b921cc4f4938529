package org.gcmkg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.TestProject;
import org.gcmkg.io.Checksums;
import org.gcmkg.text.Language;
import org.junit.jupiter.api.Test;

/** The report model and every format of it: counts in both languages, metadata, CSV and RDF read back. */
class ReportWriterTest {
    private static final Instant TIME = Instant.parse("2026-12-01T10:15:30.250Z");
    private static final Node ACTION = NodeFactory.createURI("https://w3id.org/gcm/report/ejemplo-2031/action/1-1");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
    private static final byte[] BYTES = "@prefix : <urn:x#> .\n:a :b :c .\n".getBytes(StandardCharsets.UTF_8);
    private static final SubmittedFile FILE = SubmittedFile.of("envío, \"final\".ttl", BYTES);

    private static ReportEntry entry(Severity severity, Node value, String en, String es) {
        ReportEntry e = ReportEntry.create().focusNode(ACTION).severity(severity)
                .resultPath(new P_Link(LABEL)).source(NodeFactory.createURI("https://w3id.org/gcm/shapes#ActionLabel"))
                .sourceConstraintComponent(SHACL.MinCountConstraintComponent);
        if (value != null) {
            e.value(value);
        }
        return e.message(NodeFactory.createLiteralLang(en, "en")).message(NodeFactory.createLiteralLang(es, "es"));
    }

    /** An outcome with {@code violations} Violations, {@code warnings} Warnings and {@code infos} Infos. */
    private static ValidationOutcome outcome(int violations, int warnings, int infos) {
        ValidationReport.Builder b = ValidationReport.create();
        for (int i = 0; i < violations; i++) {
            b.addReportEntry(entry(Severity.Violation, NodeFactory.createLiteralLang("Título, con \"comillas\"\ny salto " + i, "es"),
                    "A label is missing, \"quoted\", line " + i, "Falta una etiqueta, \"citada\", línea " + i));
        }
        for (int i = 0; i < warnings; i++) {
            b.addReportEntry(entry(Severity.Warning, null, "Should have a summary " + i, "Debería tener un resumen " + i));
        }
        for (int i = 0; i < infos; i++) {
            b.addReportEntry(entry(Severity.Info, null, "Note " + i, "Nota " + i));
        }
        return new ValidationOutcome(b.build());
    }

    private static Report report(ValidationOutcome outcome) {
        return Report.of(FILE, outcome, TestProject.get().validator().version(), TIME);
    }

    private static String write(Report report, ReportFormat format, Language language) {
        return new ReportWriter(language).write(report, format);
    }

    @Test
    void textCountsUsePluralFormsInBothLanguages() {
        String one = write(report(outcome(1, 1, 1)), ReportFormat.TEXT, Language.EN);
        assertTrue(one.startsWith("Does not conform.\n1 violation, 1 warning, 1 note.\n"), one);
        String two = write(report(outcome(2, 0, 3)), ReportFormat.TEXT, Language.EN);
        assertTrue(two.contains("\n2 violations, 0 warnings, 3 notes.\n"), two);
        String uno = write(report(outcome(1, 2, 0)), ReportFormat.TEXT, Language.ES);
        assertTrue(uno.startsWith("No conforma.\n1 infracción, 2 advertencias, 0 notas.\n"), uno);
        assertTrue(uno.contains("Infracción: Falta una etiqueta"), uno);
        assertTrue(uno.contains("Advertencia: Debería tener un resumen 0"), uno);
        assertTrue(uno.contains("  restricción: sh:MinCountConstraintComponent"), uno);
        assertTrue(uno.contains("archivo:    envío, \"final\".ttl (" + BYTES.length + " bytes, SHA-256 "
                + Checksums.sha256(BYTES) + ")"), uno);
        assertTrue(uno.contains("validado:   2026-12-01T10:15:30Z"), uno);
        assertFalse(uno.matches("(?s).*(violations|warnings|Violation|Warning|focus node).*"), uno);
        String ok = write(report(outcome(0, 1, 0)), ReportFormat.TEXT, Language.EN);
        assertTrue(ok.startsWith("Conforms.\n0 violations, 1 warning, 0 notes.\n"), ok);
    }

    @Test
    void textNamesTheShapesByTheDigestOfTheirFiles() throws IOException {
        ShapesVersion version = TestProject.get().validator().version();
        List<Path> files = TestProject.get().files().shapeFiles();
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (Path f : files) {
            all.write(Files.readAllBytes(f));
        }
        assertEquals(Checksums.sha256(all.toByteArray()), version.sha256());
        assertEquals("https://w3id.org/gcm/shapes", version.iri());
        String text = write(report(outcome(0, 0, 0)), ReportFormat.TEXT, Language.EN);
        assertTrue(text.contains("shapes:     <https://w3id.org/gcm/shapes>"), text);
        assertTrue(text.contains("SHA-256 " + version.sha256()), text);
    }

    @Test
    void failOnDecidesTheVerdict() {
        ValidationOutcome warningsOnly = outcome(0, 2, 1);
        assertTrue(FailOn.VIOLATION.passes(warningsOnly));
        assertFalse(FailOn.WARNING.passes(warningsOnly));
        assertFalse(FailOn.INFO.passes(warningsOnly));
        ValidationOutcome infosOnly = outcome(0, 0, 1);
        assertTrue(FailOn.WARNING.passes(infosOnly));
        assertFalse(FailOn.INFO.passes(infosOnly));
        assertTrue(FailOn.INFO.passes(outcome(0, 0, 0)));
        Report r = report(warningsOnly).failingOn(FailOn.WARNING);
        assertFalse(r.conforms());
        String json = write(r, ReportFormat.JSON, Language.EN);
        assertFalse(JSON.parse(json).get("conforms").getAsBoolean().value(), json);
        assertEquals("warning", JSON.parse(json).get("failOn").getAsString().value());
        assertTrue(write(r, ReportFormat.TEXT, Language.EN).startsWith("Does not conform."));
        assertTrue(write(r, ReportFormat.TEXT, Language.ES).contains("falla con:  una infracción o una advertencia"));
        assertEquals(FailOn.INFO, FailOn.byName("Info").orElseThrow());
        assertTrue(FailOn.byName("error").isEmpty());
    }

    @Test
    void jsonCarriesTheMetadataAndEveryResult() {
        String json = write(report(outcome(2, 1, 0)), ReportFormat.JSON, Language.ES);
        JsonObject root = JSON.parse(json);
        assertFalse(root.get("conforms").getAsBoolean().value());
        assertEquals("es", root.get("language").getAsString().value());
        assertEquals("2026-12-01T10:15:30Z", root.get("validatedAt").getAsString().value());
        assertEquals(TestProject.get().validator().version().sha256(), root.getObj("shapes").get("sha256").getAsString().value());
        assertEquals(2, root.getObj("counts").get("violations").getAsNumber().value().intValue());
        assertEquals(1, root.getObj("counts").get("warnings").getAsNumber().value().intValue());
        JsonObject file = root.get("files").getAsArray().get(0).getAsObject();
        assertEquals(FILE.name(), file.get("name").getAsString().value());
        assertEquals(BYTES.length, file.get("size").getAsNumber().value().intValue());
        assertEquals(Checksums.sha256(BYTES), file.get("sha256").getAsString().value());
        assertEquals(3, root.get("results").getAsArray().size());
        JsonObject first = root.get("results").getAsArray().get(0).getAsObject();
        assertEquals("Violation", first.get("severity").getAsString().value());
        assertEquals("<" + SHACL.MinCountConstraintComponent.getURI() + ">", first.get("constraint").getAsString().value());
        assertTrue(first.get("message").getAsString().value().startsWith("Falta una etiqueta"));
    }

    @Test
    void csvHasOneRowPerResultMatchingTheJsonResults() throws IOException {
        Report report = report(outcome(2, 1, 1));
        for (Language language : Language.values()) {
            String csv = write(report, ReportFormat.CSV, language);
            assertTrue(csv.contains("\r\n"), "RFC 4180 lines end with CRLF");
            List<CSVRecord> rows;
            try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                    CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
                assertEquals(ReportWriter.CSV_COLUMNS, parser.getHeaderNames());
                rows = parser.getRecords();
            }
            List<JsonValue> results = new ArrayList<>();
            JSON.parse(write(report, ReportFormat.JSON, language)).get("results").getAsArray().forEach(results::add);
            assertEquals(results.size(), rows.size());
            Map<String, String> columns = Map.of("file", "file", "focus_node", "focusNode", "path", "path",
                    "value", "value", "severity", "severity", "constraint", "constraint", "shape", "shape", "message", "message");
            for (int i = 0; i < rows.size(); i++) {
                JsonObject r = results.get(i).getAsObject();
                for (Map.Entry<String, String> c : columns.entrySet()) {
                    String expected = r.hasKey(c.getValue()) ? r.get(c.getValue()).getAsString().value() : "";
                    assertEquals(expected, rows.get(i).get(c.getKey()), "row " + i + " column " + c.getKey());
                }
            }
            assertTrue(rows.get(0).get("value").contains(", con \\\"comillas\\\""), rows.get(0).get("value"));
            assertTrue(rows.get(0).get("message").contains(", \""), "commas and quotes survive quoting");
            assertEquals(FILE.name(), rows.get(0).get("file"));
        }
    }

    @Test
    void everyRdfFormatReadsBackToTheShaclReportWithItsMetadata() {
        ValidationOutcome outcome = outcome(1, 1, 0);
        Report report = report(outcome);
        Graph expected = TestProject.shaclPart(outcome.report().getGraph());
        Map<ReportFormat, Lang> langs = Map.of(ReportFormat.TURTLE, Lang.TURTLE, ReportFormat.JSONLD, Lang.JSONLD,
                ReportFormat.NTRIPLES, Lang.NTRIPLES, ReportFormat.RDFXML, Lang.RDFXML);
        for (Map.Entry<ReportFormat, Lang> f : langs.entrySet()) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(write(report, f.getKey(), Language.EN), f.getValue()).parse(g);
            TestProject.assertIsomorphic(expected, TestProject.shaclPart(g), "results part of " + f.getKey());
            assertTrue(g.contains(Node.ANY, node(ReportWriter.SPDX + "checksumValue"),
                    NodeFactory.createLiteralDT(Checksums.sha256(BYTES), org.apache.jena.datatypes.xsd.XSDDatatype.XSDhexBinary)), f.getKey().toString());
            assertTrue(g.contains(Node.ANY, node(ReportWriter.SPDX + "fileName"), NodeFactory.createLiteralString(FILE.name())));
            assertTrue(g.contains(Node.ANY, node(ReportWriter.DCAT + "byteSize"), Node.ANY));
            assertTrue(g.contains(Node.ANY, node(ReportWriter.PROV + "generatedAtTime"), NodeFactory.createLiteralDT(
                    "2026-12-01T10:15:30Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime)), f.getKey().toString());
            assertTrue(g.contains(Node.ANY, node(ReportWriter.PROV + "used"), node("https://w3id.org/gcm/shapes")));
            assertTrue(g.contains(node("https://w3id.org/gcm/shapes"), node(ReportWriter.SPDX + "checksum"), Node.ANY));
        }
    }

    @Test
    void severalFilesGetAVerdictEachAndOneReportEach() {
        SubmittedFile other = SubmittedFile.of("b.ttl", new byte[] {1, 2, 3});
        Report report = new Report(TIME, TestProject.get().validator().version(), FailOn.VIOLATION,
                List.of(new FileReport(FILE, outcome(0, 1, 0)), new FileReport(other, outcome(2, 0, 0))));
        assertFalse(report.conforms());
        assertEquals(1, report.conformingFiles());
        ReportWriter en = new ReportWriter(Language.EN);
        assertEquals(List.of(FILE.name() + ": conforms: 0 violations, 1 warning, 0 notes.",
                "b.ttl: does not conform: 2 violations, 0 warnings, 0 notes."), en.verdictLines(report));
        assertEquals(List.of(FILE.name() + ": conforma: 0 infracciones, 1 advertencia, 0 notas.",
                "b.ttl: no conforma: 2 infracciones, 0 advertencias, 0 notas."), new ReportWriter(Language.ES).verdictLines(report));
        String text = en.write(report, ReportFormat.TEXT);
        assertTrue(text.contains("2 files: 1 conforms, 1 does not conform."), text);
        String es = new ReportWriter(Language.ES).write(report, ReportFormat.TEXT);
        assertTrue(es.contains("2 archivos: 1 conforma, 1 no conforma."), es);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(en.write(report, ReportFormat.TURTLE), Lang.TURTLE).parse(g);
        assertEquals(2, g.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).toList().size());
        assertEquals(2, g.find(Node.ANY, node(ReportWriter.SPDX + "fileName"), Node.ANY).toList().size());
    }

    @Test
    void anOutcomeAloneIsWrittenWithoutMetadata() {
        String text = new ReportWriter("es").write(outcome(1, 0, 0), ReportFormat.TEXT);
        assertTrue(text.startsWith("No conforma.\n1 infracción, 0 advertencias, 0 notas.\n\nInfracción: "), text);
        JsonObject json = JSON.parse(new ReportWriter("en").write(outcome(0, 0, 0), ReportFormat.JSON));
        assertTrue(json.get("conforms").getAsBoolean().value());
        assertFalse(json.hasKey("validatedAt"));
    }

    @Test
    void formatsAreFoundByNameAliasAndMediaType() {
        assertEquals("text, json, turtle, jsonld, ntriples, rdfxml, csv", ReportFormat.names());
        assertEquals(ReportFormat.TURTLE, ReportFormat.byName("TTL").orElseThrow());
        assertEquals(ReportFormat.JSONLD, ReportFormat.byName("json-ld").orElseThrow());
        assertEquals(ReportFormat.CSV, ReportFormat.byMediaType("text/csv; charset=utf-8").orElseThrow());
        assertTrue(ReportFormat.byName("yaml").isEmpty());
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
