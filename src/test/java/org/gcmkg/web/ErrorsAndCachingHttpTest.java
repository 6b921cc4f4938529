package org.gcmkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import org.gcmkg.page.Paths;
import org.gcmkg.page.WebPaths;
import org.gcmkg.server.GcmServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Errors and caching over plain HTTP: 404, 406 and 500 as pages in the site's layout and language for a browser
 * and in their own formats for other clients; ETag, Last-Modified and 304 on every page; Vary where the answer
 * depends on a header.
 */
class ErrorsAndCachingHttpTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /** A path whose servlet fails, as a bug would make it. */
    private static final String FAILING = "/failing-for-the-test";

    private static GcmServer server;

    @BeforeAll
    static void start() {
        server = WebServer.with(builder -> builder.addServlet(FAILING, new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
                throw new IllegalStateException("secret detail of a failure");
            }
        }));
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
    void aBrowserGetsA404PageInTheSitesLayoutAndLanguage() throws Exception {
        for (String path : List.of("/no/such/resource", WebPaths.ASSETS + "missing.js", "/objective/99")) {
            HttpResponse<String> es = get(path, "Accept", BROWSER, "Accept-Language", "es-MX,es");
            assertEquals(404, es.statusCode(), path);
            assertTrue(header(es, "Content-Type").startsWith("text/html"), path);
            assertTrue(es.body().startsWith("<!DOCTYPE html>\n<html lang=\"es\">"), path);
            assertTrue(es.body().contains("<h1>Página no encontrada</h1>"), path);
            assertTrue(es.body().contains("<nav class=\"main-nav\""), "in the site's layout: " + path);
            assertTrue(header(es, "Vary").contains("Accept-Language"), path);
            HttpResponse<String> en = get(path, "Accept", BROWSER);
            assertTrue(en.body().contains("<h1>Page not found</h1>"), path);
        }
    }

    @Test
    void rdfAndJsonClientsKeepTheirErrorFormats() throws Exception {
        HttpResponse<String> turtle = get("/no/such/resource", "Accept", "text/turtle");
        assertEquals(404, turtle.statusCode());
        assertTrue(header(turtle, "Content-Type").startsWith("text/plain"));
        assertTrue(turtle.body().startsWith("Not found: the data has no statement about"), turtle.body());
        HttpResponse<String> any = get("/no/such/resource", "Accept", "*/*");
        assertTrue(header(any, "Content-Type").startsWith("text/plain"), "a client that accepts anything is no browser");
        HttpResponse<String> json = get(WebPaths.QUERIES + "/no-such-query", "Accept", BROWSER);
        assertEquals(404, json.statusCode());
        assertTrue(header(json, "Content-Type").startsWith("application/json"), "the JSON services keep JSON");
        HttpResponse<String> sparql = get(Paths.SPARQL + "?query=SELECT", "Accept", BROWSER);
        assertEquals(400, sparql.statusCode());
        assertFalse(sparql.body().contains("<nav class=\"main-nav\""), "the endpoint keeps its own errors");
    }

    @Test
    void aBrowserAskingForAFormatThatIsNotOfferedGetsA406PageListingTheFormats() throws Exception {
        HttpResponse<String> page = get("/objective/7?format=pdf", "Accept", BROWSER, "Accept-Language", "es");
        assertEquals(406, page.statusCode());
        assertTrue(page.body().contains("<h1>No disponible en ese formato</h1>"), page.body());
        assertTrue(page.body().contains("href=\"/objective/7?format=ttl\""), page.body());
        HttpResponse<String> png = get("/objective/7", "Accept", "image/png");
        assertEquals(406, png.statusCode());
        assertTrue(header(png, "Content-Type").startsWith("text/plain") && png.body().contains("text/turtle"));
    }

    @Test
    void aFailureIsA500PageForABrowserAndSaysNothingOfItsCause() throws Exception {
        HttpResponse<String> page = get(FAILING, "Accept", BROWSER, "Accept-Language", "es");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("<h1>Algo salió mal</h1>"), page.body());
        assertFalse(page.body().contains("secret") || page.body().contains("IllegalStateException"));
        HttpResponse<String> plain = get(FAILING, "Accept", "text/turtle");
        assertEquals(500, plain.statusCode());
        assertFalse(plain.body().contains("secret") || plain.body().contains("Exception"), plain.body());
    }

    @Test
    void everyPageHasAnEtagAndALastModifiedAndAnswers304() throws Exception {
        for (String[] page : AllPagesBrowserTest.PAGES) {
            String path = page[1];
            if (path.startsWith("/no/") || path.contains(WebServer.EXAMPLE_SUBMISSION)
                    || path.contains("ejemplo-ficticio")) {
                continue;
            }
            HttpResponse<String> first = get(path, "Accept", BROWSER);
            assertEquals(200, first.statusCode(), path);
            String etag = header(first, "ETag");
            String modified = header(first, "Last-Modified");
            assertFalse(etag.isEmpty(), path + " has an ETag");
            assertFalse(modified.isEmpty(), path + " has a Last-Modified");
            assertTrue(header(first, "Vary").contains("Accept-Language"), path + ": " + header(first, "Vary"));
            assertEquals(304, get(path, "Accept", BROWSER, "If-None-Match", etag).statusCode(), path);
            assertEquals(304, get(path, "Accept", BROWSER, "If-Modified-Since", modified).statusCode(), path);
            assertEquals(200, get(path, "Accept", BROWSER, "If-None-Match", "\"other\"").statusCode(), path);
        }
    }

    @Test
    void theNamedQueriesVaryOnAccept() throws Exception {
        HttpResponse<String> csv = get(WebPaths.QUERIES + "/headline-figures", "Accept", "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(header(csv, "Vary").contains("Accept"), header(csv, "Vary"));
    }
}
