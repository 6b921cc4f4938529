package org.gcmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gcmkg.page.Layout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP layer against hostile and careless requests: each refusal has its status and its message (in English
 * and Spanish), no answer names a Java exception, every answer carries the security headers, and the store is
 * byte for byte what it was.
 */
class HardeningHttpTest {
    /** What the name of a Java exception class looks like in a body. */
    private static final Pattern EXCEPTION_NAME = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]\\w*(Exception|Error)");
    private static final String AUTH = "Bearer " + FullService.TOKEN;
    private static FullService service;
    private static String before;

    @BeforeAll
    static void start() {
        service = FullService.start(ServerSettings.ephemeral());
        before = service.snapshot();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            try {
                assertEquals(before, service.snapshot(), "no hostile request changed the store");
            } finally {
                service.close();
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void assertRefused(HttpResponse<String> r, int status, String messagePart) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(messagePart), "expected '" + messagePart + "' in: " + r.body());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(before, service.snapshot());
    }

    @Test
    void contentTypeOfOnlySemicolonsIsRefusedWithAMessage() {
        for (String type : List.of(";", ";;", " ; ; ")) {
            assertRefused(service.send("POST", "/validate", "x", "Content-Type", type), 415, "Content-Type");
            assertRefused(service.send("POST", "/submissions", "x", "Content-Type", type, "Authorization", AUTH), 415,
                    "Content-Type");
            assertRefused(service.send("PUT", "/submissions/x", "x", "Content-Type", type, "Authorization", AUTH),
                    415, "Content-Type");
            assertRefused(service.send("POST", "/gcm/sparql", "x", "Content-Type", type), 415,
                    "application/sparql-query");
            assertRefused(service.send("POST", "/gcm/query", "x", "Content-Type", type, "Accept-Language", "es"), 415,
                    "formulario");
        }
    }

    @Test
    void aQueryPastTheCapGets413OnEveryEndpointAndMethod() {
        long max = HttpLimits.DEFAULT.maxQueryBytes();
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat((int) max);
        for (String path : List.of("/gcm/sparql", "/gcm/query", "/gcm")) {
            assertRefused(service.send("GET", path + "?query=" + enc(big), null), 413, "queries of up to");
            assertRefused(service.send("POST", path, "query=" + enc(big), "Content-Type",
                    "application/x-www-form-urlencoded"), 413, "queries of up to");
            assertRefused(service.send("POST", path, big, "Content-Type", "application/sparql-query"), 413,
                    "queries of up to");
            assertRefused(service.send("POST", path, big, "Content-Type", "application/sparql-query",
                    "Accept-Language", "es"), 413, "consultas de hasta");
        }
        String huge = "SELECT * WHERE { VALUES ?x { " + "1 ".repeat(4 * 1024 * 1024) + "} }";
        assertRefused(service.send("POST", "/gcm/sparql", huge, "Content-Type", "application/sparql-query"), 413,
                "queries of up to");
        assertRefused(service.send("POST", "/gcm/sparql", "query=" + enc(huge), "Content-Type",
                "application/x-www-form-urlencoded"), 413, "queries of up to");
        HttpResponse<String> underCap = service.send("GET", "/gcm/sparql?query="
                + enc("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } #" + "x".repeat((int) max / 2)), null,
                "Accept", "application/sparql-results+json");
        assertEquals(200, underCap.statusCode(), underCap.body());
    }

    @Test
    void traceIsRefusedEverywhere() {
        for (String path : List.of("/", "/objectives", "/gcm/sparql", "/gcm", "/submissions", "/validate",
                "/assets/site.css", "/$/ping", "/nothing-here")) {
            HttpResponse<String> r = service.send("TRACE", path, null);
            assertRefused(r, 405, "TRACE");
            assertFalse(r.body().contains("TRACE " + path + " HTTP"), "the request is not echoed");
        }
        assertTrue(service.raw("TRACK / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 405"));
    }

    @Test
    void everyKindOfAnswerCarriesNosniffAndPagesRefuseFraming() {
        String query = "/gcm/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1");
        List<String[]> kinds = List.of(
                new String[] {"/", "text/html"},
                new String[] {"/objectives", "text/html"},
                new String[] {"/explore", "text/html"},
                new String[] {"/validator", "text/html"},
                new String[] {"/objective/7", "text/html"},
                new String[] {"/no-such-page", "text/html"},
                new String[] {"/assets/site.css", "*/*"},
                new String[] {"/assets/icon.svg", "*/*"},
                new String[] {query, "application/sparql-results+json"},
                new String[] {query, "text/csv"},
                new String[] {"/gcm/sparql", "text/turtle"},
                new String[] {"/objective/7", "text/turtle"},
                new String[] {"/objective/7", "application/ld+json"},
                new String[] {"/ontology", "application/rdf+xml"},
                new String[] {"/.well-known/void", "text/turtle"},
                new String[] {"/catalog", "text/turtle"},
                new String[] {"/context.jsonld", "*/*"},
                new String[] {"/dumps/gcm-kg.nq.gz", "*/*"},
                new String[] {"/queries", "application/json"},
                new String[] {"/queries/objectives-most-actions", "text/csv"},
                new String[] {"/submissions", "application/json"},
                new String[] {"/template", "*/*"},
                new String[] {"/no-such-page", "text/turtle"},
                new String[] {"/gcm/data?graph=urn:nothing", "*/*"},
                new String[] {"/$/ping", "*/*"});
        for (String[] k : kinds) {
            HttpResponse<String> r = service.send("GET", k[0], null, "Accept", k[1]);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""),
                    k[0] + " as " + k[1] + " (" + r.statusCode() + ")");
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/html")) {
                String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
                assertTrue(csp.startsWith(Layout.CONTENT_SECURITY_POLICY), k[0] + ": the header states the meta's policy");
                assertTrue(csp.contains("frame-ancestors 'none'"), k[0] + ": " + csp);
                assertTrue(r.body().contains("content=\"" + Layout.CONTENT_SECURITY_POLICY + "\""), k[0]);
            }
        }
        List<HttpResponse<String>> others = List.of(
                service.send("POST", "/validate", "@prefix x: <urn:x> .", "Content-Type", "text/turtle"),
                service.send("POST", "/submissions", "x", "Content-Type", "text/turtle"),
                service.send("POST", "/gcm/sparql", "query=" + enc("ASK {}"), "Content-Type",
                        "application/x-www-form-urlencoded"),
                service.send("HEAD", "/objectives", null),
                service.send("PUT", "/objectives", "x"),
                service.send("DELETE", "/gcm/data", null));
        for (HttpResponse<String> r : others) {
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""),
                    r.request().method() + " " + r.uri() + " (" + r.statusCode() + ")");
        }
        HttpResponse<String> head = others.get(3);
        assertTrue(head.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    @Test
    void theEndpointSaysItIsReadOnlyAndThatFederatedQueriesAreDisabled() {
        String update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
        List<HttpResponse<String>> en = List.of(
                service.send("POST", "/gcm/sparql", update, "Content-Type", "application/sparql-update"),
                service.send("POST", "/gcm", update, "Content-Type", "application/sparql-update"),
                service.send("POST", "/gcm/query", "update=" + enc(update), "Content-Type",
                        "application/x-www-form-urlencoded"),
                service.send("GET", "/gcm/sparql?query=" + enc(update), null),
                service.send("POST", "/gcm/sparql", update, "Content-Type", "application/sparql-query"));
        for (HttpResponse<String> r : en) {
            assertRefused(r, 403, "This SPARQL endpoint is read-only");
        }
        assertRefused(service.send("POST", "/gcm/sparql?lang=es", update, "Content-Type",
                "application/sparql-update"), 403, "es de solo lectura");
        for (String q : List.of("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } }",
                "SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT <http://127.0.0.1:9/> { ?s ?p ?o } } } }")) {
            HttpResponse<String> r = service.send("GET", "/gcm/sparql?query=" + enc(q), null);
            assertRefused(r, 400, "Federated queries (SERVICE) are disabled on this service");
            assertFalse(r.body().contains("httpServiceAllowed"), r.body());
            assertRefused(service.send("POST", "/gcm/sparql", q, "Content-Type", "application/sparql-query",
                    "Accept-Language", "es-MX"), 400, "Las consultas federadas (SERVICE) están desactivadas");
        }
    }

    @Test
    void noAnswerToAHostileRequestNamesAJavaException() {
        List<String> raw = new ArrayList<>();
        String longHeader = "X-Long: " + "a".repeat(600 * 1024) + "\r\n";
        raw.add("GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw.add("GET /objective/%c0%ae%c0%ae/etc HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw.add("GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw.add("GET / HTTP/1.1\r\nHost: x\r\n" + longHeader + "Connection: close\r\n\r\n");
        raw.add("GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\nConnection: close\r\n\r\n");
        raw.add("GET / HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw.add("BREW / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw.add("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: text/turtle\r\nContent-Length: abc\r\n"
                + "Connection: close\r\n\r\n");
        raw.add("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: text/turtle\r\nContent-Length: 5\r\n"
                + "Content-Length: 7\r\nConnection: close\r\n\r\nhello");
        raw.add("POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: text/turtle\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\nzz\r\nhello\r\n0\r\n\r\n");
        raw.add("POST /gcm/sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: 99999999999\r\nConnection: close\r\n\r\nSELECT");
        raw.add("GET /gcm/sparql?query=%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw.add("GET /?lang=%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw.add("GET /objectives?lang=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw.add("POST /validate?lang=%zz HTTP/1.1\r\nHost: x\r\nContent-Type: text/turtle\r\nContent-Length: 1\r\n"
                + "Connection: close\r\n\r\nx");
        raw.add("GET /gcm/data?graph=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        List<String> answers = new ArrayList<>();
        for (String r : raw) {
            answers.add(service.raw(r));
        }
        String deep = "SELECT * WHERE " + "{".repeat(20_000) + "}".repeat(20_000);
        List<HttpResponse<String>> jdk = List.of(
                service.send("GET", "/gcm/sparql?query=" + enc("SELECT * WHERE { ?s ?p"), null),
                service.send("GET", "/gcm/sparql?query=" + enc(deep), null),
                service.send("POST", "/gcm/sparql", deep, "Content-Type", "application/sparql-query"),
                service.send("GET", "/gcm/sparql?query=" + enc("SELECT * WHERE { ?s ?p " + "(".repeat(9000) + "1"
                        + ")".repeat(9000) + " }"), null),
                service.send("GET", "/gcm/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT -1"), null),
                service.send("GET", "/gcm/sparql?query=" + enc("SELECT (<urn:f>(1) AS ?x) {}"), null),
                service.send("GET", "/gcm/sparql?query=" + enc("SELECT * {}") + "&default-graph-uri=%7B", null),
                service.send("GET", "/gcm/sparql?query=" + enc("SELECT * {}") + "&timeout=abc", null),
                service.send("GET", "/gcm/sparql?query=" + enc("SELECT * {}") + "&format=%00", null),
                service.send("GET", "/gcm/data?graph=%7Bbad%7D", null),
                service.send("GET", "/gcm/data?graph=", null),
                service.send("GET", "/gcm/data?graph=" + enc("http://x/\n\"<>"), null),
                service.send("GET", "/gcm/data?graph=urn:a&default", null),
                service.send("GET", "/gcm?graph=" + enc("\\u0000"), null),
                service.send("GET", "/objective/7", null, "Accept", ";"),
                service.send("GET", "/objective/7", null, "Accept", ";;,;q=x"),
                service.send("GET", "/objectives", null, "Accept-Language", ";"),
                service.send("GET", "/objectives", null, "Accept-Language", ";;,;q=abc"),
                service.send("GET", "/objectives", null, "Accept", "text/html;q=", "Accept-Language", "es;q=zz"),
                service.send("POST", "/validate", "x", "Content-Type", "text/turtle; charset=\"\"\""),
                service.send("POST", "/validate", "x", "Content-Type", "/"),
                service.send("POST", "/validate", "x", "Content-Type", "text/turtle", "Accept", ";"),
                service.send("POST", "/validate", "x", "Content-Type", "text/turtle", "Accept", ";;,;q=x"),
                service.send("POST", "/validate", "x", "Content-Type", "text/turtle; charset=no-such-charset"),
                service.send("POST", "/submissions?id=%00", "x", "Content-Type", "text/turtle", "Authorization", AUTH),
                service.send("PUT", "/submissions/..%2F..", "x", "Content-Type", "text/turtle", "Authorization", AUTH),
                service.send("DELETE", "/submissions/%00", null, "Authorization", AUTH),
                service.send("GET", "/submissions/%7B%7D", null),
                service.send("GET", "/queries/..%2Fetc", null),
                service.send("GET", "/dumps/..%2F..%2Fpom.xml", null),
                service.send("GET", "/assets/..%2F..%2Fpom.xml", null),
                service.send("GET", "/$/datasets", null),
                service.send("POST", "/$/datasets", "dbName=x&dbType=mem", "Content-Type",
                        "application/x-www-form-urlencoded"),
                service.send("PATCH", "/gcm/sparql", "x"),
                service.send("PUT", "/gcm/data?default", "<urn:a> <urn:b> <urn:c> .", "Content-Type", "text/turtle"),
                service.send("POST", "/gcm/data?default", "<urn:a> <urn:b> <urn:c> .", "Content-Type",
                        "application/n-triples"),
                service.send("OPTIONS", "/gcm/sparql", null, "Origin", "http://evil.example",
                        "Access-Control-Request-Method", ";"),
                service.send("GET", "/objective/7?format=%00", null),
                service.send("GET", "/objective/7", null, "Accept", "text/turtle;charset=\"\"\""));
        for (HttpResponse<String> r : jdk) {
            answers.add(r.statusCode() + " " + r.request().method() + " " + r.uri() + "\n" + r.body());
            assertTrue(r.statusCode() < 500, r.request().method() + " " + r.uri() + " answered " + r.statusCode()
                    + ": " + r.body());
        }
        for (String a : answers) {
            assertFalse(EXCEPTION_NAME.matcher(a).find(), a);
            assertFalse(a.contains("Exception"), a);
            assertFalse(a.contains("StackOverflow"), a);
            assertFalse(a.startsWith("HTTP/1.1 500"), a);
        }
        assertEquals(before, service.snapshot());
    }
}
