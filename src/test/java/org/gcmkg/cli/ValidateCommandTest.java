package org.gcmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.TestProject;
import org.gcmkg.WorkingCopy;
import org.gcmkg.io.Checksums;
import org.gcmkg.ingest.SubmissionGate;
import org.gcmkg.ingest.SubmissionGateTest;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.validation.ReportFormat;
import org.gcmkg.validation.ValidationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}'s options as a user runs them: standard input, syntaxes, formats, output, verdicts, languages. */
class ValidateCommandTest {
    private static final String SLUG = "prueba-validador-2031";
    private static final String SECTION = "<https://w3id.org/gcm/report/" + SLUG + "/section/s1> a gcm:ReportSection ;\n"
            + "  dcterms:isPartOf <https://w3id.org/gcm/report/" + SLUG + "> ;\n  dcterms:title \"Sección\"@es";
    /** A conforming submission with no result at all. */
    private static final String CLEAN = SubmissionGateTest.edition(SLUG, SECTION + " , \"Section\"@en .\n");
    /** A submission whose only result is a Warning: a section without an English title. */
    private static final String WARNED = SubmissionGateTest.edition(SLUG, SECTION + " .\n");
    /** A submission with a Violation: its section belongs to no report. */
    private static final String BROKEN = SubmissionGateTest.edition(SLUG,
            "<https://w3id.org/gcm/report/" + SLUG + "/section/s1> a gcm:ReportSection ;\n"
                    + "  dcterms:title \"Sección\"@es , \"Section\"@en .\n");
    private static final byte[] CLEAN_BYTES = CLEAN.getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void theFixturesAreWhatTheirNamesSay() {
        SubmissionGate gate = new SubmissionGate(TestProject.get());
        assertEquals(0, gate.check(input(CLEAN), null).entries().size());
        ValidationOutcome warned = gate.check(input(WARNED), null);
        assertTrue(warned.accepted());
        assertEquals(1, warned.entries().size());
        assertFalse(gate.check(input(BROKEN), null).accepted());
    }

    @Test
    void standardInputIsReadWithTheSyntaxItIsGiven() {
        CliRun ok = CliRun.withInput(CLEAN_BYTES, "validate", "-", "--input-format", "turtle");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().startsWith("Conforms.\n0 violations, 0 warnings, 0 notes.\nfile:       - ("
                + java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(CLEAN_BYTES.length)
                + " bytes, SHA-256 " + Checksums.sha256(CLEAN_BYTES) + ")"), ok.out());
        CliRun broken = CliRun.withInput(BROKEN.getBytes(StandardCharsets.UTF_8), "validate", "--input-format", "ttl", "-");
        assertEquals(1, broken.code(), broken.out() + broken.err());
        CliRun unnamed = CliRun.withInput(CLEAN_BYTES, "validate", "-");
        assertEquals(2, unnamed.code());
        assertTrue(unnamed.err().startsWith("error: standard input (-) has no file name to tell its syntax from; "
                + "give --input-format turtle|ntriples|jsonld|rdfxml|trig|nquads."), unnamed.err());
        assertEquals("", unnamed.out());
        CliRun twice = CliRun.withInput(CLEAN_BYTES, "validate", "--input-format", "turtle", "-", "-");
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("standard input (-) can be read only once"), twice.err());
    }

    @Test
    void aTxtFileIsReadWhenItsSyntaxIsNamed() throws IOException {
        Path txt = write("edition.txt", CLEAN);
        CliRun named = run("validate", "--input-format", "turtle", txt.toString());
        assertEquals(0, named.code(), named.out() + named.err());
        CliRun unnamed = run("validate", txt.toString());
        assertEquals(2, unnamed.code());
        assertTrue(unnamed.err().contains(txt + ": its RDF syntax cannot be told from the file name"), unnamed.err());
        Path nt = write("edition.data", ntriples(CLEAN));
        assertEquals(0, run("validate", "--input-format", "ntriples", nt.toString()).code());
        CliRun wrong = run("validate", "--input-format", "rdfxml", txt.toString());
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains(txt + ", line 1, column 1: this is not valid RDF/XML (the parser says: “"), wrong.err());
        CliRun unknown = run("validate", "--input-format", "yaml", txt.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown input format 'yaml'; use one of turtle|ntriples|jsonld|rdfxml|trig|nquads."),
                unknown.err());
    }

    @Test
    void everyFormatCarriesTheGatesResults() throws IOException {
        Path file = write("broken.ttl", BROKEN);
        ValidationOutcome outcome = new SubmissionGate(TestProject.get()).check(input(BROKEN), null);
        Graph expected = TestProject.shaclPart(outcome.report().getGraph());
        Map<ReportFormat, Lang> rdf = Map.of(ReportFormat.TURTLE, Lang.TURTLE, ReportFormat.JSONLD, Lang.JSONLD,
                ReportFormat.NTRIPLES, Lang.NTRIPLES, ReportFormat.RDFXML, Lang.RDFXML);
        for (Map.Entry<ReportFormat, Lang> f : rdf.entrySet()) {
            CliRun r = run("validate", "--format", f.getKey().optionName(), file.toString());
            assertEquals(1, r.code(), r.err());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.out(), f.getValue()).parse(g);
            TestProject.assertIsomorphic(expected, TestProject.shaclPart(g), "results of --format " + f.getKey().optionName());
        }
        CliRun json = run("validate", "--format", "json", file.toString());
        assertEquals(1, json.code());
        JsonObject root = JSON.parse(json.out());
        assertEquals(outcome.entries().size(), root.get("results").getAsArray().size());
        assertEquals(Checksums.sha256(Files.readAllBytes(file)), root.get("files").getAsArray().get(0).getAsObject()
                .get("sha256").getAsString().value());
        assertEquals(TestProject.get().validator().version().sha256(), root.getObj("shapes").get("sha256").getAsString().value());
        CliRun csv = run("validate", "--format", "csv", file.toString());
        assertEquals(1, csv.code());
        assertCsvMatchesJson(csv.out(), root);
        CliRun unknown = run("validate", "--format", "yaml", file.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown report format 'yaml'; use one of " + ReportFormat.names()), unknown.err());
    }

    @Test
    void outputWritesTheReportAndPrintsAVerdictPerFile() throws IOException {
        Path clean = write("clean.ttl", CLEAN);
        Path warned = write("warned.ttl", WARNED);
        Path broken = write("broken.ttl", BROKEN);
        Path report = tmp.resolve("report.csv");
        CliRun r = run("validate", "--format", "csv", "--output", report.toString(), clean.toString(), warned.toString(),
                broken.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(clean + ": conforms: 0 violations, 0 warnings, 0 notes.\n"
                + warned + ": conforms: 0 violations, 1 warning, 0 notes.\n"
                + broken + ": does not conform: 1 violation, 0 warnings, 0 notes.\n", r.out());
        CliRun json = run("validate", "--format", "json", clean.toString(), warned.toString(), broken.toString());
        JsonObject root = JSON.parse(json.out());
        assertCsvMatchesJson(Files.readString(report, StandardCharsets.UTF_8), root);
        List<Boolean> verdicts = new ArrayList<>();
        root.get("files").getAsArray().forEach(f -> verdicts.add(f.getAsObject().get("conforms").getAsBoolean().value()));
        assertEquals(List.of(true, true, false), verdicts);
        CliRun text = run("validate", clean.toString(), broken.toString());
        assertEquals(1, text.code());
        assertTrue(text.out().startsWith("Does not conform.\n1 violation, 0 warnings, 0 notes.\n"
                + "2 files: 1 conforms, 1 does not conform.\n"), text.out());
        assertTrue(text.out().contains("\n" + broken + ": does not conform: 1 violation"), text.out());
        CliRun allGood = run("validate", "-o", report.toString(), clean.toString(), warned.toString());
        assertEquals(0, allGood.code(), allGood.err());
        assertTrue(Files.readString(report).startsWith("Conforms.\n0 violations, 1 warning, 0 notes.\n"));
        CliRun missing = run("validate", "-o", report.toString(), clean.toString(), tmp.resolve("gone.ttl").toString());
        assertEquals(2, missing.code(), "the worst verdict: a file that cannot be read");
        assertEquals(clean + ": conforms: 0 violations, 0 warnings, 0 notes.\n", missing.out());
        assertTrue(missing.err().contains("gone.ttl: no such file."), missing.err());
        CliRun unwritable = run("validate", "-o", tmp.resolve("no/such/dir/r.txt").toString(), clean.toString());
        assertEquals(2, unwritable.code());
        assertTrue(unwritable.err().startsWith("error: cannot write the report to "), unwritable.err());
    }

    @Test
    void failOnSetsTheLeastSeverityThatFails() throws IOException {
        Path clean = write("clean.ttl", CLEAN);
        Path warned = write("warned.ttl", WARNED);
        assertEquals(0, run("validate", warned.toString()).code());
        assertEquals(0, run("validate", "--fail-on", "violation", warned.toString()).code());
        CliRun warning = run("validate", "--fail-on", "warning", warned.toString());
        assertEquals(1, warning.code());
        assertTrue(warning.out().startsWith("Does not conform.\n0 violations, 1 warning, 0 notes."), warning.out());
        assertTrue(warning.out().contains("fails on:   a violation or a warning"), warning.out());
        assertEquals(1, run("validate", "--fail-on", "info", warned.toString()).code());
        assertEquals(0, run("validate", "--fail-on", "info", clean.toString()).code());
        CliRun bad = run("validate", "--fail-on", "error", clean.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown level 'error' for --fail-on; use violation, warning or info."), bad.err());
        // The shapes have no Info; a working copy whose English-title rule is an Info tells warning from info.
        Path copy = WorkingCopy.in(tmp);
        Path shapes = copy.resolve("shapes/gcm-shapes.ttl");
        String text = Files.readString(shapes, StandardCharsets.UTF_8);
        Matcher rule = Pattern.compile("(?m)^gcm-sh:SectionTitleEn\\n(?:    .*\\n)*?    sh:severity sh:Warning").matcher(text);
        assertTrue(rule.find(), "the section's English title is a Warning in the shapes");
        Files.writeString(shapes, text.substring(0, rule.end()).replaceFirst("sh:Warning$", "sh:Info") + text.substring(rule.end()),
                StandardCharsets.UTF_8);
        String data = copy.toString();
        CliRun info = run("validate", "--data", data, "--fail-on", "warning", warned.toString());
        assertEquals(0, info.code(), info.out() + info.err());
        assertTrue(info.out().startsWith("Conforms.\n0 violations, 0 warnings, 1 note."), info.out());
        assertEquals(1, run("validate", "--data", data, "--fail-on", "info", warned.toString()).code());
    }

    @Test
    void failOnAppliesToWorkbooksToo() throws IOException {
        Path csv = tmp.resolve("workbook");
        Path example = Path.of(System.getProperty("basedir", "."), "examples", "other-country-2022", "csv");
        Files.createDirectories(csv);
        try (Stream<Path> files = Files.list(example)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, csv.resolve(f.getFileName().toString()));
            }
        }
        Path institutions = csv.resolve("institutions.csv");
        String text = Files.readString(institutions, StandardCharsets.UTF_8);
        assertTrue(text.contains(",Fictitious National Statistics Council,"));
        Files.writeString(institutions, text.replace(",Fictitious National Statistics Council,", ",,"), StandardCharsets.UTF_8);
        CliRun allowed = run("validate", csv.toString());
        assertEquals(0, allowed.code(), allowed.out() + allowed.err());
        assertTrue(allowed.out().startsWith("The workbook conforms.\n0 violations, 1 warning."), allowed.out());
        CliRun strict = run("validate", "--fail-on", "warning", "--lang", "es", csv.toString());
        assertEquals(1, strict.code(), strict.out() + strict.err());
        assertTrue(strict.out().contains(csv + ": no conforma con --fail-on warning"), strict.out());
        CliRun json = run("validate", "--fail-on", "warning", "--format", "json", csv.toString());
        assertEquals(1, json.code());
        assertEquals(1, JSON.parse(json.out()).getObj("counts").get("warnings").getAsNumber().value().intValue());
        CliRun csvReport = run("validate", "--format", "csv", csv.toString());
        assertEquals(2, csvReport.code());
        assertTrue(csvReport.err().contains("a workbook's report is text or json, not 'csv'."), csvReport.err());
    }

    @Test
    void helpListsEveryFormatSyntaxAndLevel() {
        CliRun help = run("validate", "--help");
        assertEquals(0, help.code());
        String flat = help.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("Report format: " + ReportFormat.names()), help.out());
        assertTrue(flat.contains("turtle, ntriples, jsonld, rdfxml, trig, nquads"), help.out());
        assertTrue(flat.contains("violation, warning, info"), help.out());
        for (String option : List.of("--output", "--input-format", "--fail-on", "--lang", "--max-bytes", "--annotated")) {
            assertTrue(help.out().contains(option), option);
        }
    }

    @Test
    void spanishErrorsHaveNoEnglishSentence() throws IOException {
        Path malformed = write("roto.ttl", "@prefix gcm: <https://w3id.org/gcm/ontology#> .\n<urn:a> gcm:objective ?x .\n");
        Path good = write("bueno.ttl", CLEAN);
        List<CliRun> runs = List.of(
                run("validate", "--lang", "es", malformed.toString()),
                run("validate", "--lang", "es", tmp.resolve("no-existe.ttl").toString()),
                run("validate", "--lang", "es", "--format", "yaml", good.toString()),
                run("validate", "--lang", "es", "--input-format", "yaml", good.toString()),
                run("validate", "--lang", "es", "--fail-on", "error", good.toString()),
                run("validate", "--lang", "es", "--bogus", good.toString()),
                run("validate", "--lang=es"),
                run("validate", "--lang", "es", "--format"),
                run("validate", "--lang", "es", "--max-bytes", "mucho", good.toString()),
                run("validate", "--lang", "es", write("datos.txt", CLEAN).toString()),
                run("validate", "--lang", "es", "--data", tmp.resolve("vacio").toString(), good.toString()),
                run("validate", "--lang", "es", "-o", tmp.resolve("no/hay/dir.txt").toString(), good.toString()),
                CliRun.withInput(CLEAN_BYTES, "validate", "--lang", "es", "-"),
                run("validate", "--lang", "es", "--annotated", "x.xlsx", good.toString()),
                run("ingest", "--lang", "es", "--in-memory", "--replace", good.toString()),
                run("ingest", "--lang", "es", "--in-memory", malformed.toString()));
        for (CliRun r : runs) {
            assertEquals(2, r.code(), r.out() + r.err());
            assertTrue(r.err().startsWith("error: "), r.err());
            assertNoEnglish(r.err());
        }
        assertTrue(runs.get(0).err().contains("roto.ttl, línea 2, columna 23: no es Turtle válido (el analizador dice: “"),
                runs.get(0).err());
        assertTrue(runs.get(1).err().contains("no-existe.ttl: no existe el archivo."), runs.get(1).err());
        assertTrue(runs.get(5).err().contains("opción desconocida '--bogus'; consulte 'gcm-kg validate --help'."),
                runs.get(5).err());
        assertTrue(runs.get(6).err().contains("no se indicó ningún archivo"), runs.get(6).err());
        assertTrue(runs.get(8).err().contains("'mucho' no es un valor válido de --max-bytes"), runs.get(8).err());
    }

    @Test
    void theLanguageComesFromTheEnvironmentWithoutLang() throws IOException {
        Path missing = tmp.resolve("falta.ttl");
        CliRun es = CliRun.with(new byte[0], Map.of("LANG", "es_MX.UTF-8"), "validate", missing.toString());
        assertTrue(es.err().contains("falta.ttl: no existe el archivo."), es.err());
        CliRun own = CliRun.with(new byte[0], Map.of("LANG", "es_MX.UTF-8", "GCM_KG_LANG", "en"), "validate", missing.toString());
        assertTrue(own.err().contains("falta.ttl: no such file."), own.err());
        CliRun posix = CliRun.with(new byte[0], Map.of("LANG", "es_MX.UTF-8", "LC_ALL", "C"), "validate", missing.toString());
        assertTrue(posix.err().contains("no such file"), "LC_ALL=C wins over LANG: " + posix.err());
        CliRun given = CliRun.with(new byte[0], Map.of("LANG", "es_ES.UTF-8"), "validate", "--lang", "en", missing.toString());
        assertTrue(given.err().contains("no such file"), given.err());
        CliRun report = CliRun.with(CLEAN_BYTES, Map.of("LC_MESSAGES", "es"), "validate", "--input-format", "turtle", "-");
        assertTrue(report.out().startsWith("Conforma.\n0 infracciones, 0 advertencias, 0 notas.\n"), report.out());
    }

    @Test
    void ingestSpeaksOnlySpanishWithLangEs() throws IOException {
        Path store = tmp.resolve("store");
        CliRun refused = run("ingest", "--lang", "es", "--store", store.toString(), write("roto.ttl", BROKEN).toString());
        assertEquals(1, refused.code(), refused.out() + refused.err());
        assertTrue(refused.out().startsWith(tmp.resolve("roto.ttl") + ": no se guardó, no conforma.\nNo conforma.\n"
                + "1 infracción, 0 advertencias, 0 notas.\n"), refused.out());
        assertNoEnglish(refused.out().replaceAll("(?m)^  (nodo foco|propiedad|restricción|forma):.*$", ""));
        CliRun stored = CliRun.withInput(CLEAN_BYTES, "ingest", "--lang", "es", "--store", store.toString(),
                "--input-format", "turtle", "--id", "prueba", "-");
        assertEquals(0, stored.code(), stored.out() + stored.err());
        int triples = input(CLEAN).parse().size();
        assertEquals("-: conforma; se guardan " + triples + " tripletas como el envío prueba en una sola transacción.\n"
                + "-: guardado como el envío prueba (" + triples + " tripletas).\n", stored.out());
        CliRun again = CliRun.withInput(CLEAN_BYTES, "ingest", "--lang", "es", "--store", store.toString(),
                "--input-format", "turtle", "-");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("ya están guardados como el envío 'prueba'"), again.err());
        assertNoEnglish(again.err());
    }

    @Test
    void ingestRefusesBrokenCuratedDataInSpanish() throws IOException {
        Path copy = WorkingCopy.in(tmp);
        Files.writeString(copy.resolve("data/reference/broken.ttl"), String.join("\n",
                "@prefix gcm: <https://w3id.org/gcm/ontology#> .",
                "<https://w3id.org/gcm/report/informe-ejecutivo-2020/action/99-1> a gcm:ReportedAction .", ""),
                StandardCharsets.UTF_8);
        CliRun r = run("ingest", "--lang", "es", "--in-memory", "--data", copy.toString(), write("bueno.ttl", CLEAN).toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("Los datos curados no conforman a las formas; no se guarda nada.\nNo conforma.\n"), r.err());
    }

    /** English words that are not Spanish words, outside quoted details (“…”) and file paths. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|is|not|file|files|unknown|cannot|such|valid|option|options|given|give|see|must|needs|has|of|"
                    + "stored|store|conforms|does|missing|value|invalid|larger|only|standard|input|report|write|"
                    + "expected|error at|line|column|parse|syntax)\\b", Pattern.CASE_INSENSITIVE);

    private void assertNoEnglish(String text) {
        String bare = text.replaceAll("“[^”]*”", "").replace(tmp.toString(), "").replaceAll("--[a-z-]+", "")
                .replaceAll("\\S*/\\S*", "").replaceFirst("^error: ", "");
        Matcher m = ENGLISH.matcher(bare);
        assertFalse(m.find(), () -> "English word '" + m.group() + "' in: " + text);
    }

    private static void assertCsvMatchesJson(String csv, JsonObject json) throws IOException {
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("file", "focus_node", "path", "value", "severity", "constraint", "shape", "message"),
                    parser.getHeaderNames());
            rows = parser.getRecords();
        }
        List<JsonValue> results = new ArrayList<>();
        json.get("results").getAsArray().forEach(results::add);
        assertEquals(results.size(), rows.size(), csv);
        Map<String, String> columns = Map.of("file", "file", "focus_node", "focusNode", "path", "path", "value", "value",
                "severity", "severity", "constraint", "constraint", "shape", "shape", "message", "message");
        for (int i = 0; i < rows.size(); i++) {
            JsonObject r = results.get(i).getAsObject();
            for (Map.Entry<String, String> c : columns.entrySet()) {
                String expected = r.hasKey(c.getValue()) ? r.get(c.getValue()).getAsString().value() : "";
                assertEquals(expected, rows.get(i).get(c.getKey()), "row " + i + ", column " + c.getKey());
            }
        }
    }

    private static SubmissionInput input(String turtle) {
        return new SubmissionInput(turtle.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, "test.ttl");
    }

    private static String ntriples(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        java.io.StringWriter w = new java.io.StringWriter();
        org.apache.jena.riot.RDFDataMgr.write(w, g, Lang.NTRIPLES);
        return w.toString();
    }
}
