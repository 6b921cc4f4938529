package org.gcmkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gcmkg.page.Paths;
import org.gcmkg.page.WebPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page of the site, in English and Spanish, at a desktop width and at 390 px (a phone), with the example
 * edition stored as a submission: axe-core finds no violation of WCAG 2.1 A or AA, nothing overflows sideways at
 * 390 px, the Spanish pages show no English outside what the data says, no page asks another host for anything or
 * logs an error. A screenshot of each is saved under {@code target/screenshots/pages/}.
 */
class AllPagesBrowserTest {
    /** Each page by a short name for its screenshots, and its path. */
    static final List<String[]> PAGES = List.of(
            new String[] {"home", "/"},
            new String[] {"objectives", WebPaths.OBJECTIVES},
            new String[] {"explore", WebPaths.EXPLORE},
            new String[] {"explore-results", WebPaths.EXPLORE + "?example=objectives-most-actions"},
            new String[] {"validator", WebPaths.VALIDATOR},
            new String[] {"objective-7", "/objective/7"},
            new String[] {"objective-22", "/objective/22"},
            new String[] {"institution-inm", "/institution/inm"},
            new String[] {"institution-bienestar", "/institution/bienestar"},
            new String[] {"report-2020", "/report/informe-ejecutivo-2020"},
            new String[] {"report-2021-submitted", "/report/ejemplo-ficticio-2021"},
            new String[] {"action-7-3", "/report/informe-ejecutivo-2020/action/7-3"},
            new String[] {"programme", "/programme/visitante-por-razones-humanitarias"},
            new String[] {"beneficiary-group", "/beneficiary-group/mujeres"},
            new String[] {"submission-record", "/submission/" + WebServer.EXAMPLE_SUBMISSION},
            new String[] {"ontology", Paths.ONTOLOGY},
            new String[] {"catalog", Paths.CATALOG},
            new String[] {"void", Paths.VOID},
            new String[] {"service-description", Paths.SPARQL},
            new String[] {"shapes", Paths.SHAPES},
            new String[] {"sparql-examples", Paths.SPARQL_EXAMPLES},
            new String[] {"not-found", "/no/such/page"});
    /** Words of English interface text that no Spanish page may show outside data marked as English. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|of|with|for|from|this|these|that|is|are|"
            + "Show|Download|Search|Results?|Query|Run|Statements?|Property|Value|Objectives?|Reports?|Edition|"
            + "Published|Source|Page|Table|Showing|entries|Home|Catalogue|Ontology|Service|Licence|Examples?|"
            + "Figures?|Responsible|Partners|Submission|Not found|Previous|Next)\\b");

    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.of(WebServer::withSubmission, "en-GB,en");

    @Test
    void everyPageInBothLanguagesIsAccessibleFitsAPhoneAndSpeaksItsLanguage() {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("en", "es")) {
            for (String[] page : PAGES) {
                String name = page[0];
                String url = SESSION.server().baseUrl() + page[1] + (page[1].contains("?") ? "&" : "?") + "lang="
                        + lang;
                SESSION.browser().viewport(0);
                SESSION.browser().open(url);
                awaitScripts(name);
                String where = name + " (" + lang + ")";
                if (!lang.equals(SESSION.browser().find("html").getAttribute("lang"))) {
                    problems.add(where + ": the page is not in " + lang);
                }
                SESSION.browser().accessibilityViolations().forEach(v -> problems.add(where + ": " + v));
                if (lang.equals("es")) {
                    Matcher english = ENGLISH.matcher(SESSION.browser().textInPageLanguage());
                    List<String> found = new ArrayList<>();
                    while (english.find() && found.size() < 12) {
                        String context = SESSION.browser().textInPageLanguage();
                        int at = english.start();
                        found.add("«" + context.substring(Math.max(0, at - 30), Math.min(context.length(),
                                english.end() + 30)).replace('\n', ' ') + "»");
                    }
                    if (!found.isEmpty()) {
                        problems.add(where + ": English text " + found);
                    }
                }
                SESSION.browser().screenshot("pages/" + name + "-" + lang + "-desktop");
                SESSION.browser().viewport(390);
                SESSION.browser().open(url);
                awaitScripts(name);
                long overflow = SESSION.browser().horizontalOverflow();
                if (overflow > 0) {
                    problems.add(where + ": " + overflow + " px wider than 390 px: "
                            + SESSION.browser().overflowingElements());
                }
                SESSION.browser().screenshot("pages/" + name + "-" + lang + "-390");
                List<String> elsewhere = SESSION.browser().requestsSinceLastCall().stream()
                        .filter(u -> Browser.isToAnotherHost(u, SESSION.server().baseUrl())).toList();
                if (!elsewhere.isEmpty()) {
                    problems.add(where + ": requests to other hosts " + elsewhere);
                }
                List<String> errors = SESSION.browser().consoleErrors().stream()
                        .filter(e -> !(name.equals("not-found") && e.contains("404"))).toList();
                if (!errors.isEmpty()) {
                    problems.add(where + ": console errors " + errors);
                }
            }
        }
        SESSION.browser().viewport(0);
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** Waits until the query page has run its example, so that its results are checked too. */
    private static void awaitScripts(String name) {
        if (name.equals("explore-results")) {
            SESSION.browser().await().until(d -> !SESSION.browser().findAll("#results-table tbody tr").isEmpty());
        }
        if (name.startsWith("explore")) {
            SESSION.browser().await().until(d -> !SESSION.browser().findAll("#yasqe .CodeMirror").isEmpty());
        }
    }
}
