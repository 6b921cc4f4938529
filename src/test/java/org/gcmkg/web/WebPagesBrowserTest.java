package org.gcmkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.gcmkg.page.Paths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.gcmkg.page.Layout;
import org.gcmkg.page.WebPaths;

/**
 * The web pages in headless Chromium: the live figures of the home page, the objectives chart, an example query
 * run by a click, the validator on an invalid and a valid submission, the shared look of the linked-data pages,
 * the language switch. After every test, no page has asked another host for anything and the console has no
 * error. Each page is saved as a screenshot under {@code target/screenshots/}.
 */
class WebPagesBrowserTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    /** The counts the report publishes per objective (its tables on page 6); the others are unknown. */
    private static final Map<Integer, Integer> PUBLISHED = Map.ofEntries(Map.entry(7, 21), Map.entry(1, 18),
            Map.entry(17, 17), Map.entry(15, 16), Map.entry(16, 13), Map.entry(11, 4), Map.entry(18, 4),
            Map.entry(12, 3), Map.entry(19, 2), Map.entry(13, 1), Map.entry(22, 0));
    private static final String RESULT_ROWS = "#results-table tbody tr";

    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.of(WebServer::start, "en-GB,en");

    @AfterEach
    void noOtherHostAndNoConsoleError() {
        assertOnlyThisServer(SESSION.browser());
        // The language chosen with the switch is kept in a cookie; each test starts from the browser's language.
        SESSION.browser().driver().manage().deleteAllCookies();
    }

    private static void assertOnlyThisServer(Browser b) {
        List<String> elsewhere = b.requestsSinceLastCall().stream()
                .filter(url -> Browser.isToAnotherHost(url, SESSION.server().baseUrl())).toList();
        assertEquals(List.of(), elsewhere, "requests to other hosts");
        assertEquals(List.of(), b.consoleErrors(), "console errors");
    }

    private static String url(String path) {
        return SESSION.server().baseUrl() + path;
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    // ---- home ------------------------------------------------------------------------------------------------

    @Test
    void theHomePageShowsTheFiguresReadFromTheData() {
        SESSION.browser().open(url("/"));
        assertEquals("en", SESSION.browser().find("html").getAttribute("lang"));
        Map<String, String> figures = new LinkedHashMap<>();
        for (WebElement li : SESSION.browser().findAll("ul.figures li")) {
            figures.put(li.getAttribute("data-figure"), li.findElement(By.cssSelector(".value")).getText());
        }
        assertEquals(Map.of("programmes-and-actions", "176", "contributing-institutions", "33", "objectives", "23"),
                figures);
        String text = SESSION.browser().find("main").getText();
        for (String fact : List.of("UPMRIP", "SEGOB", "June 2019 to June 2020",
                "Global Compact for Safe, Orderly and Regular Migration")) {
            assertTrue(text.contains(fact), "the home page says " + fact);
        }
        List<String> links = SESSION.browser().findAll("main a").stream().map(a -> a.getAttribute("href")).toList();
        for (String path : List.of(WebPaths.OBJECTIVES, WebPaths.EXPLORE, WebPaths.VALIDATOR, Paths.CATALOG,
                Paths.ONTOLOGY, Paths.DUMPS + "gcm-kg.nq.gz", Paths.DUMPS + "gcm-kg-curated.ttl.gz")) {
            assertTrue(links.contains(url(path)), "the home page links to " + path + ": " + links);
        }
        SESSION.browser().screenshot("home");
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndTheNavigation() {
        SESSION.browser().open(url("/"));
        SESSION.browser().find("body").sendKeys(Keys.TAB);
        WebElement focused = SESSION.browser().driver().switchTo().activeElement();
        assertEquals("#main", focused.getAttribute("href").substring(focused.getAttribute("href").indexOf('#')));
        assertTrue(focused.isDisplayed(), "the skip link shows when focused");
        List<String> nav = texts(SESSION.browser().findAll("nav.main-nav a"));
        assertEquals(List.of("Home", "Objectives", "Query", "Validator", "Catalogue and downloads", "Ontology"), nav);
    }

    // ---- languages -------------------------------------------------------------------------------------------

    @Test
    void theLanguageSwitchChangesThePageAndIsKeptForTheNextPage() {
        SESSION.browser().open(url(WebPaths.OBJECTIVES));
        SESSION.browser().find("nav.languages a[hreflang='es']").click();
        SESSION.browser().await().until(d -> "es".equals(SESSION.browser().find("html").getAttribute("lang")));
        assertEquals("Los 23 objetivos y sus acciones", SESSION.browser().find("h1").getText());
        SESSION.browser().open(url("/objective/7"));
        assertEquals("es", SESSION.browser().find("html").getAttribute("lang"), "the choice is kept");
        assertEquals("Todas las declaraciones", SESSION.browser().find("#statements").getText(),
                "interface text in Spanish only");
        SESSION.browser().screenshot("resource-objective-7-es");
        SESSION.browser().find("nav.languages a[hreflang='en']").click();
        SESSION.browser().await().until(d -> "en".equals(SESSION.browser().find("html").getAttribute("lang")));
        assertEquals("All statements", SESSION.browser().find("#statements").getText());
    }

    @Test
    void aSpanishBrowserGetsSpanishPagesAndSpanishValidationMessages() throws Exception {
        try (Browser spanish = new Browser("es-MX,es")) {
            spanish.open(url("/"));
            assertEquals("es", spanish.find("html").getAttribute("lang"));
            assertEquals("Cifras principales", spanish.find("#figures").getText());
            spanish.screenshot("home-es");
            spanish.open(url(WebPaths.VALIDATOR));
            spanish.find("#submission-file").sendKeys(
                    EXAMPLES.resolve("invalid/relabel-objective.ttl").toAbsolutePath().toString());
            spanish.find("#validate-button").click();
            spanish.await().until(d -> !spanish.findAll("#verdict").isEmpty());
            assertTrue(spanish.find("#verdict").getText().startsWith("No conforma"));
            List<String> severities = texts(spanish.findAll("#report .result .severity"));
            assertFalse(severities.isEmpty());
            assertTrue(severities.stream().allMatch(s -> s.equals("Violación")), severities.toString());
            spanish.screenshot("validator-es");
            assertOnlyThisServer(spanish);
        }
    }

    // ---- objectives ------------------------------------------------------------------------------------------

    @Test
    void theObjectivesChartHas23LabelledBarsWithThePublishedCountsAndUnknowns() {
        SESSION.browser().open(url(WebPaths.OBJECTIVES));
        List<WebElement> bars = SESSION.browser().findAll("#objectives-chart g.bar");
        assertEquals(23, bars.size());
        Map<Integer, Double> heights = new LinkedHashMap<>();
        for (int i = 0; i < bars.size(); i++) {
            WebElement bar = bars.get(i);
            int objective = i + 1;
            assertEquals(Integer.toString(objective), bar.getAttribute("data-key"));
            assertEquals(Integer.toString(objective), bar.findElement(By.cssSelector("text.x-label")).getText(),
                    "the bar is labelled with its objective");
            assertFalse(bar.findElements(By.cssSelector("path.marker")).isEmpty(),
                    "objective " + objective + " shows its described actions");
            if (PUBLISHED.containsKey(objective)) {
                String value = Integer.toString(PUBLISHED.get(objective));
                assertEquals(value, bar.getAttribute("data-value"));
                assertEquals(value, bar.findElement(By.cssSelector("text.value-label")).getText());
                heights.put(objective, Double.parseDouble(
                        bar.findElement(By.cssSelector("rect.value")).getAttribute("height")));
            } else {
                assertTrue(bar.getAttribute("class").contains("unknown"), "objective " + objective);
                assertEquals("unknown", bar.getAttribute("data-value"));
                assertEquals("?", bar.findElement(By.cssSelector("text.unknown-label")).getText());
                assertTrue(bar.findElements(By.cssSelector("rect.value")).isEmpty(),
                        "no bar, not even one of zero, for objective " + objective);
            }
        }
        assertTrue(heights.get(7) > heights.get(1) && heights.get(1) > heights.get(13) && heights.get(22) == 0,
                "bar heights follow the counts: " + heights);
        assertTrue(SESSION.browser().findAll("#objectives-chart .axis.y text.tick").size() >= 3,
                "a value axis with ticks");
        for (WebElement row : SESSION.browser().findAll("#objectives-table tbody tr")) {
            int objective = Integer.parseInt(row.getAttribute("data-objective"));
            String published = row.findElements(By.tagName("td")).get(2).getText();
            assertEquals(PUBLISHED.containsKey(objective) ? PUBLISHED.get(objective).toString() : "unknown",
                    published, "objective " + objective);
        }
        List<String> challenges = SESSION.browser().findAll("#challenges-chart g.bar").stream()
                .map(g -> g.getAttribute("data-value")).toList();
        assertEquals(List.of("39", "28", "22", "22", "9", "7", "6", "3", "3", "2"), challenges);
        SESSION.browser().screenshot("objectives");
    }

    // ---- query page ------------------------------------------------------------------------------------------

    @Test
    void aClickOnAnExampleRunsItAndItsPermalinkAndDownloadsGiveTheSameRows() throws Exception {
        SESSION.browser().open(url(WebPaths.EXPLORE));
        WebElement example = SESSION.browser().find("button.example[data-name='objectives-most-actions']");
        assertTrue(SESSION.browser().find("li[data-name='objectives-most-actions']").getText()
                .contains("Objectives with the most programmes and actions"), "the example is described");
        example.click();
        List<List<String>> rows = waitForRows(5);
        assertEquals(List.of("7", "1", "17", "15", "16"), rows.stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("21", "18", "17", "16", "13"), rows.stream().map(r -> r.get(r.size() - 1)).toList());
        SESSION.browser().screenshot("explore");

        SESSION.browser().find("#download-csv").click();
        String csv = Files.readString(SESSION.browser().downloaded("gcm-kg-results.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("objective,title_es,title_en,count"), csv);
        assertTrue(csv.contains("\n7,") && csv.contains(",21"), csv);
        SESSION.browser().find("#download-json").click();
        JsonObject json = JSON.parse(Files.readString(SESSION.browser().downloaded("gcm-kg-results.json"),
                StandardCharsets.UTF_8));
        assertEquals(5, json.getObj("results").get("bindings").getAsArray().size());

        String permalink = SESSION.browser().find("#permalink").getAttribute("href");
        assertTrue(permalink.startsWith(url(WebPaths.EXPLORE + "?query=")), permalink);
        SESSION.browser().open(url("/"));
        SESSION.browser().open(permalink);
        assertEquals(rows, waitForRows(5), "the permalink opens the query and runs it");
    }

    @Test
    void theKeyboardRunsAnExampleAndTheHomePageLinksToOne() {
        SESSION.browser().open(url(WebPaths.EXPLORE));
        SESSION.browser().find("button.example[data-name='participation-summary']").sendKeys(Keys.ENTER);
        List<List<String>> rows = waitForRows(1);
        assertTrue(rows.get(0).containsAll(List.of("41", "38", "34", "33")), rows.toString());
        SESSION.browser().open(url("/"));
        SESSION.browser().find("a[href='" + WebPaths.EXPLORE + "?example=headline-figures']").click();
        List<List<String>> headline = waitForRows(1);
        assertTrue(headline.get(0).containsAll(List.of("176", "33")), headline.toString());
    }

    /** The result table's rows once it has {@code n} of them, each as its cells' texts. */
    private static List<List<String>> waitForRows(int n) {
        SESSION.browser().await().until(d -> SESSION.browser().findAll(RESULT_ROWS).size() == n
                && !SESSION.browser().findAll(RESULT_ROWS + " td").isEmpty());
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : SESSION.browser().findAll(RESULT_ROWS)) {
            rows.add(tr.findElements(By.tagName("td")).stream().map(td -> td.getText().strip())
                    .collect(Collectors.toList()));
        }
        return rows;
    }

    // ---- validator -------------------------------------------------------------------------------------------

    @Test
    void theValidatorShowsTheErrorsOfAnInvalidSubmissionAndConformsForAValidOne() throws Exception {
        SESSION.browser().open(url(WebPaths.VALIDATOR));
        SESSION.browser().find("#submission-file").sendKeys(
                EXAMPLES.resolve("invalid/24th-objective.ttl").toAbsolutePath().toString());
        SESSION.browser().find("#validate-button").click();
        SESSION.browser().await().until(d -> !SESSION.browser().findAll("#verdict").isEmpty());
        assertTrue(SESSION.browser().find("#verdict").getAttribute("class").contains("fails"));
        int violations = Integer.parseInt(SESSION.browser().find("#counts li[data-severity='violations'] strong")
                .getText());
        assertTrue(violations > 0);
        assertEquals(violations, SESSION.browser().findAll("#report .result.Violation").size(),
                "every violation is shown, under its shape and focus node");
        assertFalse(SESSION.browser().findAll("#report section.shape-group").isEmpty());
        List<String> focusNodes = SESSION.browser().findAll("#report .focus-group").stream()
                .map(g -> g.getAttribute("data-focus-node")).distinct().toList();
        assertTrue(focusNodes.contains("https://w3id.org/gcm/objective/24"), focusNodes.toString());
        for (WebElement message : SESSION.browser().findAll("#report .result .message")) {
            assertFalse(message.getText().isBlank());
        }
        SESSION.browser().screenshot("validator-invalid");

        SESSION.browser().find("#download-report-json").click();
        JsonObject report = JSON.parse(Files.readString(SESSION.browser().downloaded("validation-report.json"),
                StandardCharsets.UTF_8));
        assertFalse(report.get("conforms").getAsBoolean().value());
        assertEquals(violations, report.getObj("counts").get("violations").getAsNumber().value().intValue());
        SESSION.browser().find("#download-report-turtle").click();
        String turtle = Files.readString(SESSION.browser().downloaded("validation-report.ttl"), StandardCharsets.UTF_8);
        assertTrue(turtle.contains("sh:ValidationReport"), turtle);

        SESSION.browser().find("button[type='reset']").click();
        String valid = Files.readString(EXAMPLES.resolve("follow-up-2021/submission.ttl"), StandardCharsets.UTF_8);
        // Pasting, as the clipboard would: the whole text at once.
        SESSION.browser().script("const t = document.getElementById('submission-text'); t.value = arguments[0];"
                + "t.dispatchEvent(new Event('input', {bubbles: true}));", valid);
        SESSION.browser().find("#validate-button").click();
        SESSION.browser().await().until(d -> !SESSION.browser().findAll("#verdict").isEmpty());
        assertTrue(SESSION.browser().find("#verdict").getAttribute("class").contains("conforms"));
        assertTrue(SESSION.browser().find("#verdict").getText().startsWith("Conforms"));
        assertEquals("0", SESSION.browser().find("#counts li[data-severity='violations'] strong").getText());
        SESSION.browser().screenshot("validator-valid");
    }

    // ---- linked-data pages -----------------------------------------------------------------------------------

    @Test
    void theLinkedDataPagesShareTheLookOfTheSite() {
        SESSION.browser().open(url("/"));
        List<String> nav = texts(SESSION.browser().findAll("nav.main-nav a"));
        String footer = SESSION.browser().find("footer.site nav").getText();
        for (String path : List.of("/objective/7", "/institution/inm", Paths.ONTOLOGY, Paths.CATALOG)) {
            SESSION.browser().open(url(path));
            assertEquals(url(Layout.STYLESHEET),
                    SESSION.browser().find("link[rel='stylesheet']").getAttribute("href"), path);
            assertEquals(nav, texts(SESSION.browser().findAll("nav.main-nav a")), path);
            assertEquals(footer, SESSION.browser().find("footer.site nav[aria-label='Service']").getText(), path);
            assertEquals("rgba(11, 61, 110, 1)",
                    SESSION.browser().find("header.site").getCssValue("background-color"), path);
            assertEquals(1, SESSION.browser().findAll("h1").size(), path);
            SESSION.browser().screenshot(path.substring(1).replace('/', '-'));
        }
    }
}
