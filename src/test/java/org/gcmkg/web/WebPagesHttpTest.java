package org.gcmkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.gcmkg.page.Paths;
import org.gcmkg.server.GcmServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.page.Layout;
import org.gcmkg.page.WebPaths;

/**
 * The web pages over plain HTTP: languages from the header, the switch and its cookie; the root path as a page
 * and as RDF; what the pages load; the assets and their validators; escaping of what the data says.
 */
class WebPagesHttpTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final List<String> PAGES = List.of("/", WebPaths.OBJECTIVES, WebPaths.EXPLORE,
            WebPaths.VALIDATOR, "/objective/7", Paths.ONTOLOGY, Paths.CATALOG);
    private static final Pattern LOADS = Pattern.compile("<(?:script|link|img|iframe)\\b[^>]*\\b(?:src|href)=\"([^\"]*)\"");

    private static GcmServer server;

    @BeforeAll
    static void start() {
        server = WebServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return WebServer.get(server, path, headers);
    }

    private static String header(HttpResponse<?> r, String name) {
        return WebServer.header(r, name);
    }

    @Test
    void everyPageFollowsTheBrowsersLanguageAndSaysWhichItIs() throws Exception {
        for (String path : PAGES) {
            HttpResponse<String> es = get(path, "Accept", "text/html", "Accept-Language", "es-MX,es;q=0.9,en;q=0.8");
            assertEquals(200, es.statusCode(), path);
            assertTrue(es.body().startsWith("<!DOCTYPE html>\n<html lang=\"es\">"), path);
            assertTrue(header(es, "Vary").contains("Accept-Language"), path + ": " + header(es, "Vary"));
            HttpResponse<String> en = get(path, "Accept", "text/html", "Accept-Language", "fr, en;q=0.5");
            assertTrue(en.body().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), path);
            assertTrue(en.body().contains("hreflang=\"es\""), path + " offers the switch");
        }
    }

    @Test
    void theSwitchSetsACookieThatOutranksTheHeader() throws Exception {
        HttpResponse<String> switched = get(WebPaths.OBJECTIVES + "?lang=es", "Accept-Language", "en");
        assertTrue(switched.body().startsWith("<!DOCTYPE html>\n<html lang=\"es\">"));
        String cookie = header(switched, "Set-Cookie");
        assertTrue(cookie.startsWith(UiLanguage.COOKIE + "=es") && cookie.contains("Path=/"), cookie);
        HttpResponse<String> next = get(WebPaths.VALIDATOR, "Accept-Language", "en", "Cookie", "lang=es");
        assertTrue(next.body().contains("<h1>Validar un envío</h1>"));
        HttpResponse<String> resource = get("/objective/7", "Accept", "text/html", "Cookie", "lang=es");
        assertTrue(resource.body().startsWith("<!DOCTYPE html>\n<html lang=\"es\">"));
        assertNotEquals(header(resource, "ETag"), header(get("/objective/7", "Accept", "text/html"), "ETag"),
                "a page in another language is another representation");
    }

    @Test
    void theLanguageSwitchKeepsTheRestOfTheAddress() throws Exception {
        String html = get(WebPaths.EXPLORE + "?example=figures&lang=en").body();
        assertTrue(html.contains("href=\"" + WebPaths.EXPLORE + "?example=figures&amp;lang=es\""), html);
    }

    @Test
    void theRootIsTheHomePageForBrowsersAndTheCatalogueInRdf() throws Exception {
        HttpResponse<String> page = get("/", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(header(page, "Content-Type").startsWith("text/html"));
        assertTrue(page.body().contains("data-figure=\"programmes-and-actions\""));
        assertTrue(header(page, "Link").contains("</?format=ttl>; rel=\"alternate\"; type=\"text/turtle\""));
        HttpResponse<String> turtle = get("/", "Accept", "text/turtle");
        assertTrue(header(turtle, "Content-Type").startsWith("text/turtle"));
        assertTrue(turtle.body().contains("dcat:Catalog"), turtle.body());
        assertTrue(header(get("/?format=jsonld"), "Content-Type").startsWith("application/ld+json"));
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void pagesLoadOnlyFromThisServerAndSayWhereFrom() throws Exception {
        for (String path : PAGES) {
            String html = get(path, "Accept", "text/html").body();
            assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
                    + Layout.CONTENT_SECURITY_POLICY + "\">"), path);
            List<String> loaded = new ArrayList<>();
            Matcher m = LOADS.matcher(html);
            while (m.find()) {
                loaded.add(m.group(1));
            }
            for (String target : loaded) {
                if (target.startsWith(WebPaths.ASSETS)) {
                    assertEquals(200, get(target).statusCode(), path + " loads " + target);
                } else {
                    assertTrue(target.startsWith("/") && !target.startsWith("//"), path + " loads " + target);
                }
            }
            assertFalse(html.contains("@import") || html.contains("url("), path);
        }
    }

    @Test
    void assetsHaveTypesAndValidatorsAndNothingElseIsServed() throws Exception {
        HttpResponse<String> css = get(Layout.STYLESHEET);
        assertEquals("text/css;charset=utf-8", header(css, "Content-Type").replace(" ", "").toLowerCase());
        String etag = header(css, "ETag");
        assertEquals(304, get(Layout.STYLESHEET, "If-None-Match", etag).statusCode());
        assertTrue(header(get(WebPaths.ASSETS + "yasgui/yasgui.min.js"), "Content-Type").startsWith("text/javascript"));
        assertEquals(200, get(WebPaths.ASSETS + "yasgui/yasgui.min.js.LICENSE.txt").statusCode());
        for (String missing : List.of("missing.js", "../site.css", "yasgui/yasgui.min.js.map", "")) {
            assertEquals(404, get(WebPaths.ASSETS + missing).statusCode(), missing);
        }
        JsonObject prefixes = JSON.parse(get(WebPaths.ASSETS + "prefixes.json").body());
        assertEquals("https://w3id.org/gcm/ontology#", prefixes.getString("gcm"));
    }

    @Test
    void theQueryPageListsEveryExampleWithItsQueryEscaped() throws Exception {
        String html = get(WebPaths.EXPLORE).body();
        for (String name : List.of("headline-figures", "actions-per-objective", "challenges-by-category")) {
            assertTrue(html.contains("<button type=\"button\" class=\"example\" data-name=\"" + name + "\""), name);
        }
        assertTrue(html.contains("data-sparql=\"# Headline figures"), "the query text is in an attribute");
        assertTrue(html.contains("&lt;https://w3id.org/gcm/ontology#&gt;"), "and escaped there");
        String es = get(WebPaths.EXPLORE, "Accept-Language", "es").body();
        assertTrue(es.contains(">Cifras principales del informe.</button>"), "Spanish descriptions in Spanish");
    }

    @Test
    void theObjectivesPageShowsUnknownCountsAsUnknown() throws Exception {
        String html = get(WebPaths.OBJECTIVES).body();
        assertTrue(html.contains("<g class=\"bar unknown\" data-key=\"2\" data-value=\"unknown\""), html);
        assertTrue(html.contains("<g class=\"bar\" data-key=\"22\" data-value=\"0\""), "zero is a published count");
        assertEquals(23, Pattern.compile("<tr data-objective=").matcher(html).results().count());
    }
}
