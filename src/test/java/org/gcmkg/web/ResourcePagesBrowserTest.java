package org.gcmkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages of each kind of resource in headless Chromium, with the fictitious 2021 edition stored as a
 * submission: their key facts read from the data, the marking of what comes from which edition and submission,
 * the limit to one edition, and the footer that names the editions shown.
 */
class ResourcePagesBrowserTest {
    private static final String REPORT_2020 = "https://w3id.org/gcm/report/informe-ejecutivo-2020";

    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.of(WebServer::withSubmission, "en-GB,en");

    @AfterEach
    void noOtherHostAndNoConsoleError() {
        assertEquals(List.of(), SESSION.browser().requestsSinceLastCall().stream()
                .filter(url -> Browser.isToAnotherHost(url, SESSION.server().baseUrl())).toList(),
                        "requests to other hosts");
        assertEquals(List.of(), SESSION.browser().consoleErrors(), "console errors");
        SESSION.browser().driver().manage().deleteAllCookies();
    }

    private static void open(String path) {
        SESSION.browser().open(SESSION.server().baseUrl() + path);
    }

    private static List<String> attributes(String css, String attribute) {
        return SESSION.browser().findAll(css).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    private static String edition(String iri) {
        return "?edition=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    @Test
    void objective7ShowsThePublished21AndItsEightActionsInReportOrder() {
        open("/objective/7");
        assertEquals("Address and reduce vulnerabilities in migration", SESSION.browser().find("h1").getText());
        assertEquals("Objective 7 of the Global Compact for Migration".toUpperCase(),
                SESSION.browser().find(".kind").getText().toUpperCase());
        WebElement published = SESSION.browser().find("#counts tr[data-edition='" + REPORT_2020 + "'] td[data-count]");
        assertEquals("21", published.getAttribute("data-count"));
        assertTrue(SESSION.browser().find("#counts tr[data-edition='" + REPORT_2020 + "']").getText()
                .contains("Objectives with the most programmes and/or actions, row 1"));
        String group2020 = "section.edition-group[data-edition='" + REPORT_2020 + "'] li.action";
        assertEquals(List.of("7-1", "7-2", "7-3", "7-4", "7-5", "7-6", "7-7", "7-8"), attributes(group2020, "data-code"));
        assertTrue(SESSION.browser().findAll("section.edition-group[data-edition='" + REPORT_2020 + "'] li.action")
                .stream().noneMatch(li -> li.getAttribute("data-action").contains("observation")),
                "no observation among the actions");
        WebElement visitor = SESSION.browser().find("li.action[data-code='7-3']");
        assertTrue(visitor.getText().contains("84,383 cards"), visitor.getText());
        WebElement sndif = SESSION.browser().find("li.action[data-code='7-4']");
        assertEquals("SNDIF", sndif.findElement(By.cssSelector("abbr")).getText());
        assertTrue(SESSION.browser().find("#report-sections").findElement(By.xpath("..")).getText()
                .contains("page 14"));
        assertEquals("https://migrationnetwork.un.org/taxonomy/term/285",
                SESSION.browser().find("a[href*='migrationnetwork']").getAttribute("href"));
        assertEquals("All statements", SESSION.browser().find("#statements").getText());
        SESSION.browser().screenshot("resource-objective-7");
    }

    @Test
    void aStoredSubmissionIsMarkedWithItsEditionAndTheFooterNamesTheEditionsShown() {
        open("/objective/7");
        String group2021 = "section.edition-group[data-edition='" + WebServer.EXAMPLE_EDITION + "'] li.action";
        assertEquals(List.of("7-1", "7-2"), attributes(group2021, "data-code"));
        for (WebElement mark : SESSION.browser().findAll(group2021 + " .edition")) {
            assertTrue(mark.getAttribute("class").contains("submitted"));
            assertEquals(WebServer.EXAMPLE_SUBMISSION, mark.getAttribute("data-submission"));
            assertTrue(mark.getText().contains("Fictitious follow-up example 2021 · submission follow-up-2021"),
                    mark.getText());
        }
        for (WebElement mark : SESSION.browser().findAll("section.edition-group[data-edition='" + REPORT_2020
                + "'] .edition")) {
            assertFalse(mark.getAttribute("class").contains("submitted"), "curated data is not marked as submitted");
        }
        assertEquals("unknown", SESSION.browser().find("#counts tr[data-edition='" + WebServer.EXAMPLE_EDITION
                + "'] td[data-count]").getAttribute("data-count"), "the fictitious edition publishes no count");
        String source = SESSION.browser().find("footer .source").getText();
        assertTrue(source.contains("Informe Ejecutivo 2020") && source.contains("Fictitious follow-up example 2021")
                && source.contains("follow-up-2021"), source);

        open("/objective/7" + edition(WebServer.EXAMPLE_EDITION));
        assertEquals(List.of(WebServer.EXAMPLE_EDITION), attributes("section.edition-group", "data-edition"));
        assertEquals(List.of(WebServer.EXAMPLE_EDITION), attributes("#counts tbody tr", "data-edition"));
        String limited = SESSION.browser().find("footer .source").getText();
        assertTrue(limited.contains("Fictitious follow-up example 2021") && !limited.contains("Informe Ejecutivo 2020"),
                limited);
        assertTrue(SESSION.browser().find("nav.editions a[aria-current]").getText()
                .startsWith("Fictitious follow-up example"));
        SESSION.browser().screenshot("resource-objective-7-edition-2021");

        open("/objective/7" + edition("https://w3id.org/gcm/report/none"));
        assertEquals("400", SESSION.browser().find(".error-page").getAttribute("data-status"));
        assertTrue(SESSION.browser().consoleErrors().stream().allMatch(e -> e.contains("status of 400")),
                "the page of an unknown edition is a 400, which the browser logs");
    }

    @Test
    void anInstitutionShowsItsParticipationWithTheFootnoteAndItsActions() {
        open("/institution/bienestar");
        WebElement row = SESSION.browser().find("#participation-table tbody tr");
        List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Yes", "Yes", "No"), cells.subList(0, 3), "asked, sent, included");
        assertTrue(cells.get(3).contains("3x1") && cells.get(3).contains("did not operate in the reporting period"),
                cells.get(3));
        assertTrue(row.getText().contains("row 25 of the annex"), row.getText());
        assertTrue(SESSION.browser().find("#actions").findElement(By.xpath("..")).getText()
                .contains("No reported action names this institution."));

        open("/institution/inm");
        assertTrue(SESSION.browser().find("dl.facts").getText().contains("SEGOB"), "part of SEGOB");
        List<String> editions = attributes("section.edition-group", "data-edition");
        assertTrue(editions.contains(REPORT_2020) && editions.contains(WebServer.EXAMPLE_EDITION), editions.toString());
        WebElement submitted = SESSION.browser().find("section.edition-group[data-edition='" + WebServer.EXAMPLE_EDITION
                + "'] li.action");
        assertEquals("7-2", submitted.getAttribute("data-code"));
        assertTrue(submitted.getText().contains("responsible"), submitted.getText());
        SESSION.browser().screenshot("resource-institution-inm");
    }

    @Test
    void aReportEditionShowsItsPublisherPeriodFiguresSectionsAndTables() {
        open("/report/informe-ejecutivo-2020");
        String facts = SESSION.browser().find("dl.facts").getText();
        for (String fact : List.of("UPMRIP", "Mexico", "June 2019 to June 2020", "2020", "Spanish")) {
            assertTrue(facts.contains(fact), fact + " in " + facts);
        }
        assertEquals("176", SESSION.browser().find("li[data-figure='programmes-and-actions'] .value").getText());
        assertEquals("33", SESSION.browser().find("li[data-figure='contributing-institutions'] .value").getText());
        assertTrue(SESSION.browser().find("li[data-figure='programmes-and-actions']").getText()
                .contains("published in the report"));
        String sections = SESSION.browser().find("#contents").findElement(By.xpath("..")).getText();
        assertTrue(sections.contains("Objective 7 page 14") && sections.contains("Annexes page 33"), sections);
        WebElement most = SESSION.browser().find("table[data-table='" + REPORT_2020
                + "/table/objetivos-con-mas-acciones']");
        List<WebElement> first = most.findElements(By.cssSelector("tbody tr")).get(0).findElements(By.tagName("td"));
        assertEquals("1", first.get(0).getText());
        assertTrue(first.get(1).getText().startsWith("Objective 7"), first.get(1).getText());
        assertEquals("21", first.get(2).getText());
        SESSION.browser().screenshot("resource-report-2020");

        open("/report/ejemplo-ficticio-2021");
        assertTrue(SESSION.browser().find(".kind").getText().toLowerCase().contains("submission"));
        assertEquals("5", SESSION.browser().find("li[data-figure='programmes-and-actions'] .value").getText());
        assertEquals("2", SESSION.browser().find("li[data-figure='contributing-institutions'] .value").getText());
        assertTrue(SESSION.browser().find("li[data-figure='programmes-and-actions']").getText()
                .contains("counted from the records"));
        assertTrue(SESSION.browser().find("dl.facts").getText().contains(WebServer.EXAMPLE_SUBMISSION));
    }

    @Test
    void anActionAndAProgrammeShowTheirSummaryInstitutionsDatesFiguresAndSource() {
        open("/report/informe-ejecutivo-2020/action/7-3");
        assertTrue(SESSION.browser().find(".kind").getText().toLowerCase().contains("reported action 7-3"));
        assertTrue(SESSION.browser().find("p.summary").getText().startsWith("The 2011 Migration Law created"));
        String facts = SESSION.browser().find("dl.facts").getText();
        for (String fact : List.of("Informe Ejecutivo 2020", "Objective 7, page 14",
                "Objective 7: Address and reduce vulnerabilities in migration", "May 2011",
                "Visitor for Humanitarian Reasons")) {
            assertTrue(facts.contains(fact), fact + " in " + facts);
        }
        List<String> figure = SESSION.browser().findAll("#figures ~ div table tbody td, #figures + div table tbody td")
                .stream().map(WebElement::getText).toList();
        assertEquals(List.of("Humanitarian visitor cards issued", "84,383", "cards", "2014 to June 2020"), figure);

        open("/programme/visitante-por-razones-humanitarias");
        assertEquals(List.of("7-3"), attributes("li.action", "data-code"));
        assertTrue(SESSION.browser().find("li.action").getText().contains("Objective 7"));
        SESSION.browser().screenshot("resource-programme");
    }

    /** The facts of the page's first list, term to value, as the browser shows them. */
    private static Map<String, String> facts() {
        List<WebElement> terms = SESSION.browser().find("dl.facts").findElements(By.tagName("dt"));
        List<WebElement> values = SESSION.browser().find("dl.facts").findElements(By.tagName("dd"));
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            facts.put(terms.get(i).getText(), values.get(i).getText());
        }
        return facts;
    }

    @Test
    void presenceFrameworkScopeAndDurationsHaveRowsOfTheirOwnInBothLanguages() {
        // The language chosen sticks (a cookie), so every page names its language.
        open("/report/informe-ejecutivo-2020/action/19-1?lang=en");
        Map<String, String> facts = facts();
        String present = facts.getOrDefault("Present", "");
        for (String attendee : List.of("Government of El Salvador", "Government of Honduras", "Government of Guatemala",
                "UE", "FAO", "FIDA", "SADER", "SRE", "AMEXCID", "SICA", "Parliamentary Front against Hunger")) {
            assertTrue(present.contains(attendee), attendee + " in " + facts);
        }
        assertFalse(facts.containsKey("Partners"), "the forum's attendees are not partners: " + facts);
        open("/report/informe-ejecutivo-2020/action/19-1?lang=es");
        assertTrue(facts().get("Asistentes").contains("Gobierno de El Salvador"), facts().toString());

        open("/report/informe-ejecutivo-2020/action/16-7?lang=en");
        assertEquals("51 consular offices — Mexican consular offices in the United States where the VAIM operates",
                facts().get("Scope"), facts().toString());
        open("/report/informe-ejecutivo-2020/action/16-7?lang=es");
        assertEquals("51 representaciones consulares — Representaciones consulares de México en Estados Unidos en "
                + "las que opera la VAIM", facts().get("Alcance"), facts().toString());

        open("/report/informe-ejecutivo-2020/action/4-1?lang=en");
        assertEquals("180 days or 365 days", facts().get("Valid for"), facts().toString());
        open("/report/informe-ejecutivo-2020/action/4-1?lang=es");
        assertEquals("180 días o 365 días", facts().get("Vigencia"), facts().toString());
        open("/report/informe-ejecutivo-2020/action/5-1?lang=en");
        assertEquals("5 years", facts().get("Valid for"), facts().toString());
        assertEquals("7 days", facts().get("Longest stay"), facts().toString());
        open("/report/informe-ejecutivo-2020/action/5-1?lang=es");
        assertEquals("5 años", facts().get("Vigencia"), facts().toString());
        assertEquals("7 días", facts().get("Estancia máxima"), facts().toString());

        open("/report/informe-ejecutivo-2020/action/10-2?lang=en");
        assertEquals("San Salvador", facts().get("Participants as the report names them"), facts().toString());
        open("/report/informe-ejecutivo-2020/action/14-1?lang=en");
        assertEquals("Pacific Alliance", facts().get("In the framework of"), facts().toString());
        assertFalse(facts().containsKey("Responsible"), facts().toString());

        open("/programme/denuncia-paisano?lang=en");
        assertEquals("SFP", facts().get("Initiative of"), facts().toString());
        open("/programme/guia-de-prevencion-de-practicas-de-perfilamiento-racial?lang=es");
        assertEquals("septiembre de 2019", facts().get("Publicación"), facts().toString());
        open("/programme/juegos-para-entender-y-aprender-de-la-migracion?lang=en");
        assertEquals("2015", facts().get("Created"), facts().toString());

        open("/institution/sfp?lang=en");
        assertEquals("Denuncia Paisano (report it, paisano) app", facts().get("Programme that is its initiative"),
                facts().toString());
        open("/institution/fao?lang=en");
        WebElement forum = SESSION.browser().find("li.action[data-code='19-1']");
        assertTrue(forum.getText().contains("present"), forum.getText());
        open("/institution/fao?lang=es");
        assertTrue(SESSION.browser().find("li.action[data-code='19-1']").getText().contains("asistente"));
    }

    @Test
    void theSpanishPageOfAnObjectiveIsInSpanish() {
        open("/objective/7?lang=es");
        assertEquals("Abordar y reducir las vulnerabilidades en la migración", SESSION.browser().find("h1").getText());
        assertEquals("en", SESSION.browser().find(".secondary").getAttribute("lang"),
                "the English title is marked as such");
        assertEquals("Programas y acciones que publica cada edición",
                SESSION.browser().find("#published-counts").getText());
        assertTrue(SESSION.browser().find("li.action[data-code='7-3']").getText().contains("84.383 tarjetas"));
        assertTrue(SESSION.browser().find("title").getAttribute("textContent").startsWith("Abordar y reducir"));
    }
}
