package org.gcmkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.TestProject;
import org.gcmkg.server.GcmServer;
import org.gcmkg.server.ServerSettings;
import org.gcmkg.web.WebExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gcmkg.page.Paths;

/**
 * A server whose root stands for another IRI base: its paths describe the IRIs under that base. The data here
 * is made up for the test, including a label with markup in it, to check that pages escape what they show.
 */
class IriBaseTest {
    private static final String BASE = "http://example.org/kg/";
    private static final String LABEL = "Fish & <chips> \"quoted\"";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static GcmServer server;
    private static DatasetGraph dataset;
    private static LinkedDataExtension linkedData;

    @BeforeAll
    static void start() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dataset = dsg;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Node graph = NodeFactory.createURI(BASE + "graph/test");
        Txn.executeWrite(dsg, () -> dsg.add(graph, NodeFactory.createURI(BASE + "thing/1"), RDFS.label.asNode(),
                NodeFactory.createLiteralLang(LABEL, "en")));
        Publication p = new Publication(dsg, Set.of(graph), TestProject.get().queries(),
                GraphFactory.createDefaultGraph(), PublishSettings.of(BASE, 5_000));
        WebExtension web = new WebExtension(p);
        linkedData = new LinkedDataExtension(p, web.homePage());
        server = GcmServer.start(dsg, ServerSettings.ephemeral(), List.of(linkedData, web));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> getIfNoneMatch(String path, String etag)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", "text/turtle")
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWriteFollowedByRefreshChangesVoidTheDumpsAndTheValidators() throws Exception {
        HttpResponse<String> before = get(Paths.VOID, "text/turtle");
        String voidTag = before.headers().firstValue("ETag").orElseThrow();
        String dumpTag = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + Paths.DUMPS + "gcm-kg.nq.gz"))
                .build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
        assertEquals(304, getIfNoneMatch(Paths.VOID, voidTag).statusCode());

        Node graph = NodeFactory.createURI(BASE + "graph/later");
        Txn.executeWrite(dataset, () -> dataset.add(graph, NodeFactory.createURI(BASE + "thing/2"),
                RDFS.label.asNode(), NodeFactory.createLiteralLang("Later", "en")));
        linkedData.refresh();

        HttpResponse<String> after = getIfNoneMatch(Paths.VOID, voidTag);
        assertEquals(200, after.statusCode());
        assertTrue(after.body().contains("<" + graph.getURI() + ">"), after.body());
        assertEquals(200, getIfNoneMatch(Paths.DUMPS + "gcm-kg.nq.gz", dumpTag).statusCode());
        assertEquals(200, get("/thing/2", "text/turtle").statusCode());
    }

    @Test
    void pathsDescribeTheIrisUnderTheConfiguredBase() throws Exception {
        HttpResponse<String> r = get("/thing/1", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        assertTrue(g.contains(NodeFactory.createURI(BASE + "thing/1"), RDFS.label.asNode(),
                NodeFactory.createLiteralLang(LABEL, "en")));
        assertEquals(404, get("/objective/7", "text/turtle").statusCode(), "the default base is not served");
    }

    @Test
    void pagesEscapeWhatTheDataSays() throws Exception {
        String html = get("/thing/1", "text/html").body();
        assertTrue(html.contains("Fish &amp; &lt;chips&gt; &quot;quoted&quot;"), html);
        assertFalse(html.contains("<chips>"));
    }

    @Test
    void theVoidUriSpaceIsTheConfiguredBase() throws Exception {
        String ttl = get(Paths.VOID, "text/turtle").body();
        assertTrue(ttl.contains("void:uriSpace") && ttl.contains("\"" + BASE + "\""), ttl);
        assertTrue(ttl.contains("<" + BASE + "dataset>"), ttl);
    }
}
