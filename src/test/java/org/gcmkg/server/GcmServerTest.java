package org.gcmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.gcmkg.TestProject;
import org.gcmkg.query.ExpectedResults;
import org.gcmkg.query.NamedQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded server over HTTP: named queries, result formats, and the refusals of a read-only public endpoint. */
class GcmServerTest {
    private static GcmServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        server = GcmServer.start(TestProject.get().newDataset(), ServerSettings.ephemeral());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String contentType, String body)
            throws IOException, InterruptedException {
        // Jetty may close a connection after refusing a request body; a fresh client avoids reusing it.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String queryUrl(String sparql) {
        return server.sparqlUrl() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    @Test
    void listensOnTheRealPort() {
        assertTrue(server.port() > 0);
        assertTrue(server.sparqlUrl().endsWith(":" + server.port() + "/gcm/sparql"));
    }

    @Test
    void namedQueriesReturnTheReportsTablesOverHttp() {
        for (NamedQuery q : TestProject.get().queries().all()) {
            if (!ExpectedResults.ROWS.containsKey(q.name())) {
                continue;
            }
            try (QueryExecution qe = QueryExecution.service(server.sparqlUrl()).query(q.sparql()).build()) {
                List<List<String>> rows = TestProject.rows(qe.execSelect());
                assertEquals(ExpectedResults.ROWS.get(q.name()), rows, q.name());
            }
        }
    }

    @Test
    void curationQueriesReturnTheirReviewedCsvOverHttp() throws Exception {
        for (NamedQuery q : TestProject.get().queries().all()) {
            if (ExpectedResults.hasCsv(q.name())) {
                HttpResponse<String> r = get(queryUrl(q.sparql()), "text/csv");
                assertEquals(200, r.statusCode(), q.name());
                assertEquals(ExpectedResults.csv(q.name()), r.body(), q.name());
            }
        }
    }

    @Test
    void selectResultsComeInEveryTabularFormat() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?o a <https://w3id.org/gcm/ontology#Objective> }";
        HttpResponse<String> json = get(queryUrl(q), "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        assertEquals(23, rs.next().getLiteral("n").getInt());
        assertTrue(get(queryUrl(q), "application/sparql-results+xml").body().contains("<literal"));
        assertEquals("n\r\n23\r\n", get(queryUrl(q), "text/csv").body());
        assertTrue(get(queryUrl(q), "text/tab-separated-values").body().startsWith("?n"));
    }

    @Test
    void postedQueriesAreAnswered() throws Exception {
        HttpResponse<String> r = post(server.sparqlUrl(), "application/sparql-query",
                "ASK { <https://w3id.org/gcm/objective/22> ?p ?o }");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), r.body());
    }

    @Test
    void constructResultsComeAsRdf() throws Exception {
        String q = "CONSTRUCT { <https://w3id.org/gcm/objective/7> ?p ?o } WHERE { <https://w3id.org/gcm/objective/7> ?p ?o }";
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML)) {
            HttpResponse<String> r = get(queryUrl(q), lang.getHeaderString());
            assertEquals(200, r.statusCode(), lang.getLabel());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(r.body())).lang(lang).parse(m);
            assertTrue(m.contains(m.createResource("https://w3id.org/gcm/objective/7"),
                    m.createProperty("http://www.w3.org/2004/02/skos/core#prefLabel"),
                    m.createLiteral("Abordar y reducir las vulnerabilidades en la migración", "es")), lang.getLabel());
        }
    }

    @Test
    void graphsCanBeReadButNotWritten() throws Exception {
        String graph = server.graphStoreUrl() + "?graph=" + URLEncoder.encode("https://w3id.org/gcm/graph/reference",
                StandardCharsets.UTF_8);
        HttpResponse<String> read = get(graph, "text/turtle");
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("objective/23"));
        HttpResponse<String> put = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(graph))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertClientError(put.statusCode(), "PUT on the graph store");
        HttpResponse<String> postGraph = post(graph, "text/turtle", "<urn:a> <urn:b> <urn:c> .");
        assertClientError(postGraph.statusCode(), "POST on the graph store");
        assertEquals(0, countOf("ASK { <urn:a> ?p ?o }"));
    }

    @Test
    void sparqlUpdateIsRefused() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        assertClientError(post(server.sparqlUrl(), "application/sparql-update", update).statusCode(), "update on /sparql");
        assertClientError(post(server.baseUrl() + GcmServer.DATASET_PATH, "application/sparql-update", update)
                .statusCode(), "update on the dataset");
        assertClientError(post(server.baseUrl() + GcmServer.DATASET_PATH + "/update", "application/sparql-update",
                update).statusCode(), "update on /update");
        assertEquals(0, countOf("ASK { <urn:x> ?p ?o }"));
    }

    @Test
    void serviceIsRefused() throws Exception {
        HttpResponse<String> r = get(queryUrl("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"),
                "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400, "SERVICE answered " + r.statusCode() + ": " + r.body());
    }

    @Test
    void aQueryCutOffByTheTimeoutIsAnErrorNotAPartialAnswer() throws Exception {
        GcmServer strict = GcmServer.start(TestProject.get().newDataset(), new ServerSettings(0, "127.0.0.1", 1000));
        try {
            String cross = "SELECT * { ?a ?b ?c . ?d ?e ?f }";
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(strict.sparqlUrl() + "?query="
                    + URLEncoder.encode(cross, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode());
            assertTrue(r.body().contains("\"error\""), r.body().substring(0, Math.min(300, r.body().length())));
        } finally {
            strict.stop();
        }
    }

    private static int countOf(String ask) throws Exception {
        HttpResponse<String> r = get(queryUrl(ask), "application/sparql-results+json");
        return r.body().contains("true") ? 1 : 0;
    }

    private static void assertClientError(int status, String what) {
        assertTrue(status >= 400 && status < 500, what + " answered " + status);
    }
}
