package org.gcmkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.gcmkg.TestProject;
import org.gcmkg.page.WebPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The query page in headless Chromium, against a server whose queries time out after two seconds: every kind of
 * answer (a table whose IRIs open this server's pages, yes or no, a graph as Turtle and JSON-LD, a syntax error
 * with its line and column, a timeout), a chart from a result, the one permalink after an edit, the search of the
 * examples in both languages, and the controls in Spanish.
 */
class QueryPageBrowserTest {
    /** The examples the page lists: one per named query of the project. */
    private static final int NAMED_QUERIES = TestProject.get().queries().all().size();
    private static final String PREFIXES = "PREFIX gcm: <https://w3id.org/gcm/ontology#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";

    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.of(() -> WebServer.withTimeout(2000), "en-GB,en");

    @AfterEach
    void noOtherHostAndNoConsoleError() {
        List<String> elsewhere = SESSION.browser().requestsSinceLastCall().stream()
                .filter(url -> Browser.isToAnotherHost(url, SESSION.server().baseUrl())).toList();
        assertEquals(List.of(), elsewhere, "requests to other hosts");
        assertEquals(List.of(), SESSION.browser().consoleErrors().stream().filter(e -> !e.contains(" 400 ")
                && !e.contains(" 503 ")).toList(), "console errors besides the answers asked for");
        SESSION.browser().viewport(0);
        SESSION.browser().driver().manage().deleteAllCookies();
    }

    private static String url(String path) {
        return SESSION.server().baseUrl() + path;
    }

    /** Opens the query page on {@code query} through its permalink form, which runs it. */
    private static void runByLink(String query) {
        SESSION.browser().open(url(WebPaths.EXPLORE + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        awaitAnswer();
    }

    private static void awaitAnswer() {
        SESSION.browser().await().until(d -> SESSION.browser().find("#result-view").getAttribute("data-kind") != null
                && SESSION.browser().find("#run").isEnabled());
    }

    private static String kind() {
        return SESSION.browser().find("#result-view").getAttribute("data-kind");
    }

    @Test
    void aSelectIsATableWhoseDataIrisOpenThisServersPages() {
        runByLink(PREFIXES + "SELECT ?objective ?title WHERE { ?objective a gcm:Objective ; skos:notation ?n ;"
                + " skos:prefLabel ?title FILTER (lang(?title) = \"en\") } ORDER BY xsd:integer(?n)");
        assertEquals("table", kind());
        List<WebElement> rows = SESSION.browser().findAll("#results-table tbody tr");
        assertEquals(23, rows.size());
        WebElement first = rows.get(0).findElement(By.cssSelector("td a"));
        assertEquals(url("/objective/1"), first.getAttribute("href"), "an IRI under the IRI base opens this server");
        assertEquals("https://w3id.org/gcm/objective/1", first.getText());
        assertEquals("en", rows.get(0).findElements(By.cssSelector("td span")).get(0).getAttribute("lang"));
        assertTrue(SESSION.browser().find("#result-summary").getText().startsWith("23 results in "),
                SESSION.browser().find("#result-summary").getText());
        assertTrue(SESSION.browser().findAll("a[href*='triply'], a[href*='yasgui']").isEmpty(),
                "no help link to another host");
        assertTrue(SESSION.browser().findAll(".yasqe_share").isEmpty(), "the editor's own share button is off");
        SESSION.browser().screenshot("query-select");
    }

    @Test
    void anAskIsYesOrNo() {
        runByLink(PREFIXES + "ASK { <https://w3id.org/gcm/objective/7> a gcm:Objective }");
        assertEquals("boolean", kind());
        assertEquals("true", SESSION.browser().find("#boolean-result").getAttribute("data-value"));
        assertTrue(SESSION.browser().find("#boolean-result").getText().startsWith("Yes"));
        runByLink(PREFIXES + "ASK { <https://w3id.org/gcm/objective/24> a gcm:Objective }");
        assertEquals("false", SESSION.browser().find("#boolean-result").getAttribute("data-value"));
        assertTrue(SESSION.browser().find("#boolean-result").getText().startsWith("No"));
        SESSION.browser().screenshot("query-ask");
    }

    @Test
    void aConstructIsAGraphAsTurtleOrJsonLdToDownload() throws Exception {
        runByLink(PREFIXES + "CONSTRUCT { ?o skos:notation ?n } WHERE { ?o a gcm:Objective ; skos:notation ?n }");
        assertEquals("graph", kind());
        WebElement text = SESSION.browser().find("#graph-text");
        assertEquals("text/turtle", text.getAttribute("data-format"));
        assertTrue(text.getText().contains("skos:notation") && text.getText().contains("objective/7"), text.getText());
        SESSION.browser().find("button[data-format='application/ld+json']").click();
        SESSION.browser().await().until(d -> "application/ld+json".equals(SESSION.browser().find("#graph-text")
                .getAttribute("data-format")));
        String jsonLd = SESSION.browser().find("#graph-text").getText();
        assertTrue(JSON.parseAny(jsonLd).isObject(), jsonLd);
        assertTrue(jsonLd.contains("objective/7"), jsonLd);
        SESSION.browser().find("#download-ttl").click();
        String turtle = Files.readString(SESSION.browser().downloaded("gcm-kg-results.ttl"), StandardCharsets.UTF_8);
        assertTrue(turtle.contains("objective/22"), turtle);
        SESSION.browser().screenshot("query-construct");
    }

    @Test
    void aDescribeIsAGraphToo() {
        runByLink("DESCRIBE <https://w3id.org/gcm/objective/7>");
        assertEquals("graph", kind());
        assertTrue(SESSION.browser().find("#graph-text").getText()
                .contains("Address and reduce vulnerabilities in migration"));
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumnAndMarksTheLine() {
        runByLink("SELECT ?s\nWHERE {\n  ?s ?p\n");
        assertEquals("error", kind());
        WebElement error = SESSION.browser().find("#query-error");
        assertEquals("400", error.getAttribute("data-status"));
        String line = error.getAttribute("data-line");
        String column = error.getAttribute("data-column");
        assertTrue(line != null && column != null, error.getText());
        assertTrue(error.getText().contains("syntax error at line " + line + ", column " + column), error.getText());
        assertTrue(SESSION.browser().find("#query-error .server-message").getText().contains("line " + line
                + ", column "
                + column), "the parser's own message is shown too");
        assertFalse(SESSION.browser().findAll("#yasqe .error-line").isEmpty(), "the line is marked in the editor");
        SESSION.browser().screenshot("query-syntax-error");
    }

    @Test
    void aQueryPastTheTimeLimitSaysSo() {
        runByLink("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertEquals("error", kind());
        WebElement error = SESSION.browser().find("#query-error");
        assertEquals("true", error.getAttribute("data-timeout"), error.getText());
        assertTrue(error.getText().contains("longer than the limit of 2 seconds"), error.getText());
        SESSION.browser().screenshot("query-timeout");
    }

    @Test
    void aResultWithALabelAndANumberColumnIsCharted() {
        SESSION.browser().open(url(WebPaths.EXPLORE + "?example=objectives-most-actions"));
        awaitAnswer();
        SESSION.browser().find("#chart-box summary").click();
        SESSION.browser().await().until(d -> "true".equals(SESSION.browser().find("#chart")
                .getAttribute("data-drawn")));
        WebElement chart = SESSION.browser().find("#chart");
        assertEquals("bar", chart.getAttribute("data-type"));
        assertEquals("21,18,17,16,13", chart.getAttribute("data-values"), "the counts, in the result's order");
        assertEquals("count", new Select(SESSION.browser().find("#chart-value")).getFirstSelectedOption().getText());
        assertTrue(chart.getAttribute("aria-label").startsWith("Bar chart of count by "), chart.getAttribute("aria-label"));
        assertTrue(chart.getSize().getHeight() > 200 && chart.getSize().getWidth() > 400, chart.getSize().toString());
        SESSION.browser().screenshot("query-chart-bar");
        new Select(SESSION.browser().find("#chart-type")).selectByValue("pie");
        SESSION.browser().await().until(d -> "pie".equals(SESSION.browser().find("#chart").getAttribute("data-type")));
        assertEquals("21,18,17,16,13", SESSION.browser().find("#chart").getAttribute("data-values"));
        SESSION.browser().screenshot("query-chart-pie");

        SESSION.browser().viewport(390);
        SESSION.browser().open(url(WebPaths.EXPLORE + "?example=objectives-most-actions"));
        awaitAnswer();
        SESSION.browser().find("#chart-box summary").click();
        SESSION.browser().await().until(d -> "true".equals(SESSION.browser().find("#chart")
                .getAttribute("data-drawn")));
        assertEquals("y", SESSION.browser().find("#chart").getAttribute("data-axis"),
                "bars lie along the narrow screen");
        assertTrue(SESSION.browser().find("#chart").getSize().getWidth() <= 390);
        assertEquals(0, SESSION.browser().horizontalOverflow(), SESSION.browser().overflowingElements());
        SESSION.browser().screenshot("query-chart-390");
    }

    @Test
    void thePermalinkIsTheEditedQueryAndRunsIt() {
        SESSION.browser().open(url(WebPaths.EXPLORE + "?example=objectives-most-actions"));
        awaitAnswer();
        assertEquals(5, SESSION.browser().findAll("#results-table tbody tr").size());
        String edited = ((String) SESSION.browser()
                .script("return document.querySelector('#yasqe .CodeMirror').CodeMirror"
                + ".getValue()")).replace("LIMIT 5", "LIMIT 2");
        SESSION.browser().script("document.querySelector('#yasqe .CodeMirror').CodeMirror.setValue(arguments[0])",
                edited);
        String permalink = SESSION.browser().find("#permalink").getAttribute("href");
        String prefix = url(WebPaths.EXPLORE + "?query=");
        assertTrue(permalink.startsWith(prefix), permalink);
        assertEquals(edited, URLDecoder.decode(permalink.substring(prefix.length()), StandardCharsets.UTF_8),
                "the permalink holds the query as edited");
        SESSION.browser().open(url("/"));
        SESSION.browser().open(permalink);
        awaitAnswer();
        assertEquals(edited, SESSION.browser()
                .script("return document.querySelector('#yasqe .CodeMirror').CodeMirror.getValue()"));
        assertEquals(2, SESSION.browser().findAll("#results-table tbody tr").size(),
                "the edited query ran, not the example");
    }

    @Test
    void theExamplesAreFoundByWordsInEitherLanguage() {
        SESSION.browser().open(url(WebPaths.EXPLORE));
        for (String words : List.of("retos categoria", "challenges category", "RETOS")) {
            SESSION.browser().find("#example-search").clear();
            SESSION.browser().find("#example-search").sendKeys(words);
            List<String> shown = SESSION.browser().findAll(".examples > li").stream().filter(WebElement::isDisplayed)
                    .map(li -> li.getAttribute("data-name")).toList();
            assertTrue(shown.contains("challenges-by-category"), words + ": " + shown);
            assertFalse(shown.contains("headline-figures"), words + ": " + shown);
        }
        SESSION.browser().find("#example-search").clear();
        SESSION.browser().find("#example-search").sendKeys("zzzz");
        assertTrue(SESSION.browser().find("#no-example").isDisplayed());
        assertEquals("0 of " + NAMED_QUERIES + " examples match", SESSION.browser().find("#example-count").getText());
    }

    @Test
    void theControlsAndTheExamplesCommentsAreInSpanishOnTheSpanishPage() {
        SESSION.browser().open(url(WebPaths.EXPLORE + "?lang=es"));
        assertEquals("Ejecutar la consulta", SESSION.browser().find("#run").getText());
        assertEquals("Buscar en los ejemplos", SESSION.browser().find("label[for='example-search']").getText());
        assertEquals("Consulta SPARQL", SESSION.browser().find("#yasqe textarea").getAttribute("aria-label"));
        SESSION.browser().find("button.example[data-name='objectives-most-actions']").click();
        awaitAnswer();
        String query = (String) SESSION.browser()
                .script("return document.querySelector('#yasqe .CodeMirror').CodeMirror"
                + ".getValue()");
        assertTrue(query.startsWith("# Objetivos con más programas y acciones."), query);
        assertFalse(query.contains("# es:") || query.contains("Objectives with the most"), query);
        assertTrue(SESSION.browser().find("#result-summary").getText().startsWith("5 resultados en "));
        assertEquals("Descargar en CSV", SESSION.browser().find("#download-csv").getText());
        SESSION.browser().find("#example-search").sendKeys("zzzz");
        assertEquals("0 de " + NAMED_QUERIES + " ejemplos coinciden",
                SESSION.browser().find("#example-count").getText());
        SESSION.browser().screenshot("query-es");
    }
}
