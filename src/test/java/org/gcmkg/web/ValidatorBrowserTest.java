package org.gcmkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.gcmkg.io.Checksums;
import org.gcmkg.page.WebPaths;
import org.gcmkg.validation.ReportWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The validator page in headless Chromium: the syntax of pasted Turtle, JSON-LD, RDF/XML and N-Triples is detected
 * and named; a non-conforming paste has the lines of its failing focus nodes marked, a parse error its line and
 * column; the report names the file, its size, checksum and time; the CSV link downloads the report as CSV;
 * printed, the page is the report alone. axe-core finds no violation in any of these states.
 */
class ValidatorBrowserTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final String OBJECTIVE_24 = "https://w3id.org/gcm/objective/24";

    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.of(WebServer::start, "en-GB,en");

    @AfterEach
    void noOtherHostAndNoConsoleError() {
        // The language chosen with ?lang= is kept in a cookie; each test starts from the browser's language.
        SESSION.browser().driver().manage().deleteAllCookies();
        List<String> elsewhere = SESSION.browser().requestsSinceLastCall().stream()
                .filter(url -> Browser.isToAnotherHost(url, SESSION.server().baseUrl())).toList();
        assertEquals(List.of(), elsewhere, "requests to other hosts");
        // The browser logs every 4xx answer to a fetch; the page shows those errors itself.
        assertEquals(List.of(), SESSION.browser().consoleErrors().stream()
                .filter(e -> !(e.contains(WebPaths.VALIDATE + "?") && e.contains("status of 400"))).toList(),
                "console errors");
    }

    private static String read(String example) throws Exception {
        return Files.readString(EXAMPLES.resolve(example), StandardCharsets.UTF_8);
    }

    private void open(String query) {
        SESSION.browser().open(SESSION.server().baseUrl() + WebPaths.VALIDATOR + query);
    }

    /** Pastes {@code text} as the clipboard would, all at once, and validates it. */
    private void pasteAndValidate(String text) {
        SESSION.browser().script("const t = document.getElementById('submission-text'); t.value = arguments[0];"
                + "t.dispatchEvent(new Event('input', {bubbles: true}));", text);
        SESSION.browser().find("#validate-button").click();
        SESSION.browser().await().until(d -> !SESSION.browser().findAll("#verdict").isEmpty()
                || !SESSION.browser().findAll("#report-error").isEmpty());
    }

    private String metaField(String name) {
        return SESSION.browser().find("#report-meta dd[data-field='" + name + "']").getText();
    }

    private void assertAccessible(String state) {
        assertEquals(List.of(), SESSION.browser().accessibilityViolations(), state);
    }

    @Test
    void theSyntaxOfPastedTextIsDetectedAndNamed() throws Exception {
        String turtle = read("follow-up-2021/submission.ttl");
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new StringReader(turtle), "https://w3id.org/gcm/", Lang.TURTLE);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("Turtle", turtle);
        texts.put("JSON-LD", write(model, RDFFormat.JSONLD11_PRETTY));
        texts.put("RDF/XML", write(model, RDFFormat.RDFXML_PRETTY));
        texts.put("N-Triples", write(model, RDFFormat.NTRIPLES));
        open("");
        assertEquals("detect", SESSION.browser().find("#submission-format").getAttribute("value"),
                "detection is the default");
        for (Map.Entry<String, String> e : texts.entrySet()) {
            SESSION.browser().find("button[type='reset']").click();
            pasteAndValidate(e.getValue());
            assertTrue(SESSION.browser().find("#verdict").getAttribute("class").contains("conforms"), e.getKey() + ": "
                    + SESSION.browser().find("#report").getText());
            assertEquals(e.getKey() + ", detected from the text", metaField("syntax"), e.getKey());
            assertEquals("pasted text", metaField("file"));
            int bytes = e.getValue().getBytes(StandardCharsets.UTF_8).length;
            assertEquals(String.format(java.util.Locale.UK, "%,d bytes", bytes), metaField("size"));
            assertEquals(Checksums.sha256(e.getValue().getBytes(StandardCharsets.UTF_8)), metaField("sha256"));
            assertTrue(metaField("time").endsWith("UTC"), metaField("time"));
            assertEquals(e.getValue().split("\\R", -1).length - (e.getValue().endsWith("\n") ? 1 : 0),
                    SESSION.browser().findAll("#source-lines li").size(), e.getKey()
                            + ": every line is shown, numbered");
        }
        SESSION.browser().screenshot("validator-detected-ntriples");
        assertAccessible("a conforming report with its text");
    }

    @Test
    void aNonConformingPasteHasTheLinesOfItsFailingFocusNodesMarked() throws Exception {
        String text = read("invalid/24th-objective.ttl");
        open("");
        pasteAndValidate(text);
        assertTrue(SESSION.browser().find("#verdict").getAttribute("class").contains("fails"));
        WebElement group = SESSION.browser().find(".focus-group[data-focus-node='" + OBJECTIVE_24 + "']");
        List<String> links = group.findElements(org.openqa.selenium.By.cssSelector(".lines a")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*#", "")).toList();
        int line = subjectLine(text, OBJECTIVE_24);
        assertEquals(List.of("line-" + line), links, "objective 24 is the subject of the statement on line " + line);
        assertEquals("marked", SESSION.browser().find("#line-" + line).getAttribute("class"));
        List<String> focusNodes = SESSION.browser().findAll("#report .focus-group").stream()
                .map(g -> g.getAttribute("data-focus-node")).toList();
        List<WebElement> marked = SESSION.browser().findAll("#source-lines li.marked");
        for (WebElement li : marked) {
            assertTrue(focusNodes.stream().anyMatch(n -> li.getText().startsWith("<" + n + ">")), li.getText());
        }
        assertEquals(marked.size() == 1 ? "1 line holds a statement of a failing focus node; it is marked."
                : marked.size() + " lines hold statements of failing focus nodes; they are marked.",
                SESSION.browser().find("#source-summary").getText());
        SESSION.browser().screenshot("validator-marked-lines");
        assertAccessible("a failing report with marked lines");
    }

    @Test
    void aParseErrorMarksItsLineAndColumnAndAWrongSyntaxGetsAHint() throws Exception {
        String malformed = read("invalid/malformed.ttl");
        open("");
        pasteAndValidate(malformed);
        String error = SESSION.browser().find("#report-error").getText();
        assertTrue(error.startsWith("The body could not be read as Turtle: at line 7, column "), error);
        assertEquals("error-line", SESSION.browser().find("#line-7").getAttribute("class"));
        WebElement mark = SESSION.browser().find("#line-7 mark.error-column");
        String column = error.replaceAll("(?s).*column (\\d+).*", "$1");
        String line7 = malformed.split("\n")[6];
        assertEquals(String.valueOf(line7.charAt(Integer.parseInt(column) - 1)).strip(), mark.getText().strip());
        assertEquals(1, SESSION.browser().findAll("#source-lines li.error-line").size());
        assertTrue(SESSION.browser().find("#source-summary").getText().contains("line 7, column " + column));
        SESSION.browser().screenshot("validator-parse-error");
        assertAccessible("a parse error with its line marked");

        SESSION.browser().find("button[type='reset']").click();
        SESSION.browser().script("document.getElementById('submission-format').value = 'application/ld+json';");
        pasteAndValidate(read("follow-up-2021/submission.ttl"));
        String hint = SESSION.browser().find("#report-error").getText();
        assertTrue(hint.startsWith("The body could not be read as JSON-LD"), hint);
        assertTrue(hint.contains("It looks like Turtle: send it as text/turtle"), hint);
    }

    @Test
    void anUploadedFileIsNamedAndItsReportDownloadsAsCsvAndPrintsAlone() throws Exception {
        Path file = EXAMPLES.resolve("invalid/24th-objective.ttl");
        byte[] bytes = Files.readAllBytes(file);
        open("");
        SESSION.browser().find("#submission-file").sendKeys(file.toAbsolutePath().toString());
        SESSION.browser().find("#validate-button").click();
        SESSION.browser().await().until(d -> !SESSION.browser().findAll("#verdict").isEmpty());
        assertEquals("24th-objective.ttl", metaField("file"));
        assertEquals(Checksums.sha256(bytes), metaField("sha256"));
        assertEquals("Turtle", metaField("syntax"));
        int results = SESSION.browser().findAll("#report .result").size();
        assertTrue(results > 0);
        int line = subjectLine(new String(bytes, StandardCharsets.UTF_8), OBJECTIVE_24);
        assertEquals("marked", SESSION.browser().find("#line-" + line).getAttribute("class"),
                "an uploaded file is shown and marked too");

        SESSION.browser().await().until(d -> SESSION.browser().find("#download-report-csv").isDisplayed());
        WebElement link = SESSION.browser().find("#download-report-csv");
        assertTrue(link.getAttribute("href").startsWith("blob:" + SESSION.server().baseUrl()),
                link.getAttribute("href"));
        assertEquals("validation-report.csv", link.getAttribute("download"));
        link.click();
        String csv = Files.readString(SESSION.browser().downloaded("validation-report.csv"), StandardCharsets.UTF_8);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertEquals(ReportWriter.CSV_COLUMNS, parser.getHeaderNames());
            rows = parser.getRecords();
        }
        assertEquals(results, rows.size(), csv);
        assertTrue(rows.stream().allMatch(r -> r.get("file").equals("24th-objective.ttl")), csv);
        assertTrue(rows.stream().anyMatch(r -> r.get("focus_node").equals("<" + OBJECTIVE_24 + ">")
                && r.get("severity").equals("Violation")), csv);

        SESSION.browser().driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : List.of("header.site", "footer.site", "#validate-form", ".downloads", "h1")) {
                assertFalse(SESSION.browser().find(hidden).isDisplayed(), hidden + " is not printed");
            }
            assertTrue(SESSION.browser().find("#verdict").isDisplayed());
            assertTrue(SESSION.browser().find("#report-meta").isDisplayed());
            assertTrue(SESSION.browser().find("#line-" + line).isDisplayed(), "the marked line is printed");
            assertFalse(SESSION.browser().find("#line-1").isDisplayed(), "unmarked lines are not");
            Map<String, Object> pdf = SESSION.browser().driver().executeCdpCommand("Page.printToPDF",
                    Map.of("printBackground", true));
            byte[] document = Base64.getDecoder().decode((String) pdf.get("data"));
            assertTrue(new String(document, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
            Path out = Path.of("target", "screenshots", "validator-report.pdf");
            Files.createDirectories(out.getParent());
            Files.write(out, document);
        } finally {
            SESSION.browser().driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void inSpanishTheErrorAndTheSyntaxAreSpanish() throws Exception {
        open("?lang=es");
        pasteAndValidate(read("invalid/malformed.ttl"));
        String error = SESSION.browser().find("#report-error").getText();
        assertTrue(error.startsWith("No se pudo leer el cuerpo como Turtle: en la línea 7, columna "), error);
        assertEquals("Turtle, detectada en el texto", SESSION.browser().find("#report dl.facts dd").getText());
        assertTrue(SESSION.browser().find("#source-summary").getText()
                .startsWith("El analizador se detuvo en la línea 7"));
        SESSION.browser().find("button[type='reset']").click();
        pasteAndValidate(read("invalid/24th-objective.ttl"));
        assertEquals("texto pegado", metaField("file"));
        String violations = SESSION.browser().find("#counts li[data-severity='violations']").getText();
        assertEquals(violations.startsWith("1 ") ? "1 violación" : violations.replaceAll("\\D", "") + " violaciones",
                violations);
        SESSION.browser().screenshot("validator-es-marked");
        assertAccessible("the Spanish report");
    }

    /** The number (from 1) of the line that starts with {@code <iri>}. */
    private static int subjectLine(String text, String iri) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("<" + iri + ">")) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with <" + iri + ">");
    }

    private static String write(Model model, RDFFormat format) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, format);
        return out.toString();
    }
}
