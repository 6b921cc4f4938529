package org.gcmkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.TestProject;
import org.gcmkg.io.Checksums;
import org.gcmkg.query.NamedQuery;
import org.gcmkg.server.GcmServer;
import org.gcmkg.server.ServerSettings;
import org.gcmkg.store.Project;
import org.gcmkg.vocab.Gcm;
import org.gcmkg.page.Layout;
import org.gcmkg.web.WebExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gcmkg.page.Paths;

/**
 * The linked-data service over HTTP with a plain client: dereferencing in every format, errors, the
 * self-descriptions, the dumps, conditional GET and CORS. Expected values are read from the store, never written
 * down here, except the facts the issue names (objective 7's Spanish title, 23 objectives).
 */
class LinkedDataServerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final List<Representation> RDF_FORMATS = List.of(Representation.TURTLE, Representation.JSON_LD,
            Representation.RDF_XML, Representation.N_TRIPLES);
    private static final String OBJECTIVE_7 = Gcm.objective(7);
    private static final String INM = Gcm.BASE + "institution/inm";
    private static final String ACTION_7_3 = Gcm.BASE + "report/informe-ejecutivo-2020/action/7-3";
    private static final String OBJECTIVE_7_ES = "Abordar y reducir las vulnerabilidades en la migración";
    private static final Node REPORTED_ACTION = node(Gcm.NS + "ReportedAction");

    private static GcmServer server;
    private static DatasetGraph dataset;
    private static Publication publication;
    private static final long TIMEOUT_MILLIS = ServerSettings.ephemeral().queryTimeoutMillis();

    @BeforeAll
    static void start() {
        Project project = TestProject.get();
        dataset = project.newDataset();
        publication = Publication.of(project, dataset, PublishSettings.of(Gcm.BASE, TIMEOUT_MILLIS));
        WebExtension web = new WebExtension(publication);
        server = GcmServer.start(dataset, ServerSettings.ephemeral(),
                List.of(new LinkedDataExtension(publication, web.homePage()), web));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String path(String iri) {
        return "/" + iri.substring(Gcm.BASE.length());
    }

    private static HttpResponse<byte[]> request(String method, String pathOrUrl, Map<String, String> headers,
            String body) throws IOException, InterruptedException {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : server.baseUrl() + pathOrUrl;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        // A fresh client for requests with a body: Jetty may close a connection after refusing one.
        HttpClient client = body == null ? HTTP : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> get(String pathOrUrl, Map<String, String> headers)
            throws IOException, InterruptedException {
        return request("GET", pathOrUrl, headers, null);
    }

    private static HttpResponse<byte[]> get(String pathOrUrl, String accept) throws IOException, InterruptedException {
        return get(pathOrUrl, accept == null ? Map.of() : Map.of("Accept", accept));
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** The targets of the page's stylesheet links. */
    private static List<String> stylesheets(String html) {
        List<String> hrefs = new ArrayList<>();
        Matcher m = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]*)\"")
                .matcher(html);
        while (m.find()) {
            hrefs.add(m.group(1));
        }
        return hrefs;
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    private static Graph parse(byte[] body, Lang lang, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(base).parse(g);
        return g;
    }

    /** Fetches a path as RDF and parses it, checking the status and content type. */
    private static Graph fetchRdf(String path, Representation rep) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(path, rep.mediaType());
        assertEquals(200, r.statusCode(), path + " as " + rep + ": " + text(r));
        assertTrue(header(r, "Content-Type").startsWith(rep.mediaType()), path + ": " + header(r, "Content-Type"));
        return parse(r.body(), rep.lang().orElseThrow(), server.baseUrl() + path);
    }

    private static List<Triple> storeTriples(Node s, Node p, Node o) {
        return Txn.calculateRead(dataset, () -> dataset.getUnionGraph().find(s, p, o).toList());
    }

    private static List<QuerySolution> select(String sparql) {
        return Txn.calculateRead(dataset, () -> {
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dataset).query(sparql).build()) {
                ResultSet rs = ResultSet.adapt(qe.select());
                rs.forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    private static long count(String sparql) {
        return select(sparql).get(0).getLiteral("n").getLong();
    }

    private static Node object(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), "expected one " + p + " of " + s + ", got " + ts);
        return ts.get(0).getObject();
    }

    /** A graph as Turtle, for failure messages. */
    private static String turtle(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The integer value of a count literal. */
    private static long longOf(Node literal) {
        return ((Number) literal.getLiteralValue()).longValue();
    }

    // ---- dereferencing -------------------------------------------------------------------------------------

    @Test
    void everyRdfFormatOfAnObjectiveAnInstitutionAndAnActionHoldsItsStatements() throws Exception {
        for (String iri : List.of(OBJECTIVE_7, INM, ACTION_7_3)) {
            List<Triple> own = storeTriples(node(iri), Node.ANY, Node.ANY);
            assertFalse(own.isEmpty(), iri);
            for (Representation rep : RDF_FORMATS) {
                Graph g = fetchRdf(path(iri), rep);
                for (Triple t : own) {
                    assertTrue(g.contains(t), iri + " as " + rep + " lacks " + t + "\n" + turtle(g));
                }
            }
        }
    }

    @Test
    void theHtmlPageShowsBothLanguagesAndLinksThroughThisServer() throws Exception {
        for (String iri : List.of(OBJECTIVE_7, INM, ACTION_7_3)) {
            HttpResponse<byte[]> r = get(path(iri), "text/html");
            assertEquals(200, r.statusCode(), iri);
            assertEquals("text/html;charset=utf-8", header(r, "Content-Type").replace(" ", "").toLowerCase());
            String html = text(r);
            for (String lang : List.of("en", "es")) {
                String label = storeTriples(node(iri), SKOS.prefLabel.asNode(), Node.ANY).stream()
                        .map(Triple::getObject).filter(o -> lang.equals(o.getLiteralLanguage()))
                        .map(Node::getLiteralLexicalForm).findFirst().orElseThrow();
                assertTrue(html.contains("lang=\"" + lang + "\">" + Html.esc(label) + "<"), iri + " " + lang);
            }
            assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
            for (Representation rep : RDF_FORMATS) {
                assertTrue(html.contains("href=\"" + path(iri) + "?format=" + rep.formatName() + "\""), rep.name());
            }
            // Nothing is loaded from another host: no scripts, images or fonts, and only the site's stylesheet.
            for (String loads : List.of("<script", "<img", "src=", "@import", "url(")) {
                assertFalse(html.contains(loads), iri + " page contains " + loads);
            }
            assertEquals(List.of(Layout.STYLESHEET), stylesheets(html), iri);
            assertEquals(200, get(Layout.STYLESHEET, "text/css").statusCode());
        }
        String action = text(get(path(ACTION_7_3), "text/html"));
        assertTrue(action.contains("href=\"/objective/7\""), "the action links to its objective on this server");
    }

    @Test
    void turtleOfObjective7HasItsLabelsInBothLanguages() throws Exception {
        Graph g = fetchRdf("/objective/7", Representation.TURTLE);
        assertTrue(g.contains(node(OBJECTIVE_7), SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralLang(OBJECTIVE_7_ES, "es")), turtle(g));
        Node english = storeTriples(node(OBJECTIVE_7), SKOS.prefLabel.asNode(), Node.ANY).stream()
                .map(Triple::getObject).filter(o -> "en".equals(o.getLiteralLanguage())).findFirst().orElseThrow();
        assertTrue(g.contains(node(OBJECTIVE_7), SKOS.prefLabel.asNode(), english), turtle(g));
    }

    @Test
    void anObjectivesDescriptionHoldsItsReportedActionsWithTheirLabels() throws Exception {
        List<Node> actions = storeTriples(Node.ANY, node(Gcm.NS + "objective"), node(OBJECTIVE_7)).stream()
                .map(Triple::getSubject)
                .filter(a -> !storeTriples(a, RDF.type.asNode(), REPORTED_ACTION).isEmpty()).toList();
        assertFalse(actions.isEmpty());
        Graph g = fetchRdf("/objective/7", Representation.TURTLE);
        String html = text(get("/objective/7", "text/html"));
        for (Node a : actions) {
            assertTrue(g.contains(a, node(Gcm.NS + "objective"), node(OBJECTIVE_7)), a.toString());
            assertTrue(g.contains(a, SKOS.prefLabel.asNode(), Node.ANY), "label of " + a);
            assertTrue(html.contains("href=\"" + path(a.getURI()) + "\""), "link to " + a);
        }
    }

    @Test
    void jsonLdIsCompactAgainstThePublishedContext() throws Exception {
        HttpResponse<byte[]> r = get("/objective/7", "application/ld+json");
        String json = text(r);
        assertTrue(json.contains("\"@context\": \"" + server.baseUrl() + Paths.CONTEXT + "\""), json);
        assertTrue(json.contains("\"skos:prefLabel\""), "compact IRIs");
        HttpResponse<byte[]> context = get(Paths.CONTEXT, (String) null);
        assertEquals(200, context.statusCode());
        assertTrue(header(context, "Content-Type").startsWith("application/ld+json"));
        assertTrue(text(context).contains("\"skos\": \"http://www.w3.org/2004/02/skos/core#\""), text(context));
    }

    @Test
    void formatParameterVaryAndAlternateLinks() throws Exception {
        HttpResponse<byte[]> r = get("/objective/7?format=nt", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("application/n-triples"));
        assertEquals("Accept", header(r, "Vary"));
        String link = header(r, "Link");
        for (Representation rep : Representation.values()) {
            boolean listed = link.contains("</objective/7?format=" + rep.formatName() + ">; rel=\"alternate\"; type=\""
                    + rep.mediaType() + "\"");
            assertEquals(rep != Representation.N_TRIPLES, listed, rep + " in " + link);
        }
    }

    @Test
    void unsupportedTypeIs406AndUnknownIriIs404() throws Exception {
        HttpResponse<byte[]> png = get("/objective/7", "image/png");
        assertEquals(406, png.statusCode());
        assertTrue(text(png).contains("text/turtle"), "the 406 lists what is available");
        assertEquals(406, get("/objective/7?format=pdf", (String) null).statusCode());
        assertEquals(404, get("/objective/99", "text/turtle").statusCode());
        assertEquals(404, get("/no/such/resource", "text/html").statusCode());
    }

    // ---- the ontology --------------------------------------------------------------------------------------

    @Test
    void theOntologyDereferencesAtItsNamespaceInEveryRdfFormat() throws Exception {
        Graph stored = Txn.calculateRead(dataset, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dataset.getGraph(Gcm.ONTOLOGY_GRAPH).find().forEachRemaining(g::add);
            return g;
        });
        for (Representation rep : RDF_FORMATS) {
            Graph g = fetchRdf(Paths.ONTOLOGY, rep);
            TestProject.assertIsomorphic(stored, g, "ontology as " + rep);
        }
        Graph version = fetchRdf(path(object(stored, node(Gcm.ONTOLOGY), OWL.versionIRI.asNode()).getURI()),
                Representation.TURTLE);
        TestProject.assertIsomorphic(stored, version, "the version IRI gives the ontology");
    }

    @Test
    void theOntologyPageDocumentsEveryClassAndProperty() throws Exception {
        String html = text(get(Paths.ONTOLOGY, "text/html"));
        Graph onto = Txn.calculateRead(dataset, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dataset.getGraph(Gcm.ONTOLOGY_GRAPH).find().forEachRemaining(g::add);
            return g;
        });
        Set<Node> terms = onto.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .filter(t -> Set.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode())
                        .contains(t.getObject()))
                .map(Triple::getSubject).collect(Collectors.toSet());
        assertFalse(terms.isEmpty());
        for (Node term : terms) {
            String name = term.getURI().substring(Gcm.NS.length());
            int start = html.indexOf("<section class=\"term\" id=\"" + name + "\">");
            assertTrue(start >= 0, "no section for " + name);
            String section = html.substring(start, html.indexOf("</section>", start));
            for (Node p : List.of(RDFS.label.asNode(), RDFS.comment.asNode())) {
                for (Triple t : onto.find(term, p, Node.ANY).toList()) {
                    Node lit = t.getObject();
                    assertTrue(section.contains("lang=\"" + lit.getLiteralLanguage() + "\">"
                            + Html.esc(lit.getLiteralLexicalForm()) + "<"), name + " lacks " + lit);
                }
            }
            for (Node p : List.of(RDFS.domain.asNode(), RDFS.range.asNode())) {
                for (Triple t : onto.find(term, p, Node.ANY).toList()) {
                    String target = t.getObject().getURI();
                    String href = target.startsWith(Gcm.BASE) ? path(target) : target;
                    assertTrue(section.contains("href=\"" + Html.esc(href) + "\""), name + " lacks " + p + " " + target);
                }
            }
        }
    }

    // ---- self-description ----------------------------------------------------------------------------------

    @Test
    void voidIsComputedFromTheLiveData() throws Exception {
        Graph v = fetchRdf(Paths.VOID, Representation.TURTLE);
        Node ds = node(Gcm.BASE + "dataset");
        assertTrue(v.contains(ds, RDF.type.asNode(), Vocab.VOID_DATASET.asNode()), turtle(v));
        long triples = count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }");
        long subjects = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        long objects = count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(triples, longOf(object(v, ds, Vocab.VOID_TRIPLES.asNode())));
        assertEquals(subjects, longOf(object(v, ds, Vocab.VOID_DISTINCT_SUBJECTS.asNode())));
        assertEquals(objects, longOf(object(v, ds, Vocab.VOID_DISTINCT_OBJECTS.asNode())));
        assertEquals(node(server.sparqlUrl()), object(v, ds, Vocab.VOID_SPARQL_ENDPOINT.asNode()));
        assertEquals(Gcm.BASE, object(v, ds, Vocab.VOID_URI_SPACE.asNode()).getLiteralLexicalForm());
        assertEquals(Vocab.CC_BY_4.asNode(), object(v, ds, DCTerms.license.asNode()));
        Node publisher = object(v, ds, DCTerms.publisher.asNode());
        assertTrue(v.contains(publisher, FOAF.name.asNode(), NodeFactory.createLiteralLang("gcm-kg project", "en")));
        assertTrue(v.contains(ds, Vocab.VOID_VOCABULARY.asNode(), node("http://www.w3.org/2004/02/skos/core")));
        assertTrue(v.contains(ds, Vocab.VOID_VOCABULARY.asNode(), node(Gcm.ONTOLOGY)));
        for (Triple t : v.find(ds, Vocab.VOID_EXAMPLE_RESOURCE.asNode(), Node.ANY).toList()) {
            assertFalse(storeTriples(t.getObject(), Node.ANY, Node.ANY).isEmpty(), "example " + t.getObject());
        }
        assertFalse(v.find(ds, Vocab.VOID_EXAMPLE_RESOURCE.asNode(), Node.ANY).toList().isEmpty());
        List<Node> dumps = v.find(ds, Vocab.VOID_DATA_DUMP.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(publication.snapshot().dumps().size(), dumps.size());
        for (Node dump : dumps) {
            assertEquals(200, get(dump.getURI(), (String) null).statusCode(), dump.toString());
        }
        // Class partition of the objectives: 23, as counted in the store.
        long objectives = count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a <" + Gcm.NS + "Objective> }");
        assertEquals(23, objectives);
        Node partition = v.find(Node.ANY, Vocab.VOID_CLASS.asNode(), node(Gcm.NS + "Objective")).toList().get(0)
                .getSubject();
        assertTrue(v.contains(ds, Vocab.VOID_CLASS_PARTITION.asNode(), partition));
        assertEquals(objectives, longOf(object(v, partition, Vocab.VOID_ENTITIES.asNode())));
        Node labels = v.find(Node.ANY, Vocab.VOID_PROPERTY.asNode(), SKOS.prefLabel.asNode()).toList().get(0)
                .getSubject();
        assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { GRAPH ?g { ?s <"
                + SKOS.prefLabel.getURI() + "> ?o } } }"),
                longOf(object(v, labels, Vocab.VOID_TRIPLES.asNode())));
        for (QuerySolution row : select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")) {
            Node graph = row.getResource("g").asNode();
            assertTrue(v.contains(ds, Vocab.VOID_SUBSET.asNode(), graph), "subset " + graph);
            assertEquals(row.getLiteral("n").getLong(),
                    longOf(object(v, graph, Vocab.VOID_TRIPLES.asNode())));
        }
    }

    @Test
    void theEndpointDescribesItselfWhenAskedWithoutAQuery() throws Exception {
        for (String endpoint : List.of(Paths.SPARQL, Paths.QUERY)) {
            Graph sd = fetchRdf(endpoint, Representation.TURTLE);
            Node service = sd.find(Node.ANY, RDF.type.asNode(), Vocab.SD_SERVICE.asNode()).toList().get(0).getSubject();
            assertEquals(node(server.baseUrl() + endpoint), object(sd, service, Vocab.SD_ENDPOINT.asNode()));
            assertEquals(Vocab.SD_SPARQL11_QUERY.asNode(), object(sd, service, Vocab.SD_SUPPORTED_LANGUAGE.asNode()));
            assertTrue(sd.contains(service, Vocab.SD_RESULT_FORMAT.asNode(),
                    Vocab.format("SPARQL_Results_JSON").asNode()));
            assertTrue(sd.contains(service, Vocab.SD_RESULT_FORMAT.asNode(), Vocab.format("Turtle").asNode()));
            assertTrue(sd.contains(service, Vocab.SD_FEATURE.asNode(), Vocab.SD_UNION_DEFAULT_GRAPH.asNode()));
            Node timeout = object(sd, service, node("http://jena.hpl.hp.com/2005/11/Assembler#context"));
            assertEquals(Long.toString(TIMEOUT_MILLIS),
                    object(sd, timeout, node("http://jena.hpl.hp.com/2005/11/Assembler#cxtValue"))
                            .getLiteralLexicalForm());
            Node ds = object(sd, service, Vocab.SD_DEFAULT_DATASET.asNode());
            assertNotNull(object(sd, ds, Vocab.SD_DEFAULT_GRAPH.asNode()));
            Set<Node> named = sd.find(ds, Vocab.SD_NAMED_GRAPH_PROPERTY.asNode(), Node.ANY).toList().stream()
                    .map(t -> object(sd, t.getObject(), Vocab.SD_NAME.asNode())).collect(Collectors.toSet());
            Set<Node> stored = Txn.calculateRead(dataset, () -> {
                Set<Node> s = new HashSet<>();
                dataset.listGraphNodes().forEachRemaining(s::add);
                return s;
            });
            assertEquals(stored, named);
        }
        // With a query, the same URL answers it.
        String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?o a <" + Gcm.NS + "Objective> }",
                StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = get(Paths.SPARQL + "?query=" + q, "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n23\r\n", text(r));
    }

    @Test
    void theCatalogueConformsToTheDcatShapesAndStatesTheDataCoverage() throws Exception {
        Graph c = fetchRdf(Paths.CATALOG, Representation.TURTLE);
        ValidationReport report = DcatShapes.validate(c);
        if (!report.conforms()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, report.getModel(), RDFFormat.TURTLE_PRETTY);
            throw new AssertionError("catalogue does not conform:\n" + out.toString(StandardCharsets.UTF_8));
        }
        Node catalog = node(Gcm.BASE + "catalog");
        Node ds = node(Gcm.BASE + "dataset");
        assertTrue(c.contains(catalog, RDF.type.asNode(), DCAT.Catalog.asNode()));
        assertTrue(c.contains(catalog, DCAT.dataset.asNode(), ds));
        for (String lang : List.of("en", "es")) {
            assertTrue(c.find(ds, DCTerms.title.asNode(), Node.ANY).toList().stream()
                    .anyMatch(t -> lang.equals(t.getObject().getLiteralLanguage())), "title " + lang);
            assertTrue(c.find(ds, DCTerms.description.asNode(), Node.ANY).toList().stream()
                    .anyMatch(t -> lang.equals(t.getObject().getLiteralLanguage())), "description " + lang);
        }
        Node publisher = object(c, ds, DCTerms.publisher.asNode());
        assertTrue(c.contains(publisher, FOAF.name.asNode(), NodeFactory.createLiteralLang("gcm-kg project", "en")));
        assertEquals(Vocab.CC_BY_4.asNode(), object(c, ds, DCTerms.license.asNode()));
        // Coverage as the report states it: its reporting period and its country.
        QuerySolution period = select("SELECT ?start ?end ?country WHERE { ?r a <" + Gcm.NS + "Report> ; <" + Gcm.NS
                + "reportingPeriod> ?p ; <" + Gcm.NS + "country> ?country . ?p <" + DCAT.startDate.getURI()
                + "> ?start ; <" + DCAT.endDate.getURI() + "> ?end }").get(0);
        Node temporal = object(c, ds, DCTerms.temporal.asNode());
        assertEquals(period.getLiteral("start").asNode(), object(c, temporal, DCAT.startDate.asNode()));
        assertEquals(period.getLiteral("end").asNode(), object(c, temporal, DCAT.endDate.asNode()));
        assertEquals("2019-06", object(c, temporal, DCAT.startDate.asNode()).getLiteralLexicalForm());
        assertEquals("2020-06", object(c, temporal, DCAT.endDate.asNode()).getLiteralLexicalForm());
        assertEquals(period.getResource("country").asNode(), object(c, ds, DCTerms.spatial.asNode()));
        assertFalse(c.find(ds, DCAT.theme.asNode(), Node.ANY).toList().isEmpty());
        // One distribution per dump, whose size and checksum are those of the bytes served.
        List<Node> distributions = c.find(ds, DCAT.distribution.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(publication.snapshot().dumps().size(), distributions.size());
        for (Node d : distributions) {
            HttpResponse<byte[]> file = get(object(c, d, DCAT.downloadURL.asNode()).getURI(), (String) null);
            assertEquals(200, file.statusCode());
            assertEquals(Long.toString(file.body().length),
                    object(c, d, DCAT.byteSize.asNode()).getLiteralLexicalForm());
            Node checksum = object(c, d, Vocab.SPDX_CHECKSUM_PROPERTY.asNode());
            assertEquals(Checksums.sha256(file.body()),
                    object(c, checksum, Vocab.SPDX_CHECKSUM_VALUE.asNode()).getLiteralLexicalForm());
        }
        Node service = object(c, catalog, DCAT.service.asNode());
        assertEquals(node(server.sparqlUrl()), object(c, service, DCAT.endpointURL.asNode()));
    }

    @Test
    void aBrokenCatalogueDoesNotConform() throws Exception {
        Graph c = fetchRdf(Paths.CATALOG, Representation.TURTLE);
        Node catalog = node(Gcm.BASE + "catalog");
        c.remove(catalog, DCTerms.title.asNode(), Node.ANY);
        Node distribution = c.find(Node.ANY, DCAT.distribution.asNode(), Node.ANY).toList().get(0).getObject();
        c.remove(distribution, DCAT.accessURL.asNode(), Node.ANY);
        ValidationReport report = DcatShapes.validate(c);
        assertFalse(report.conforms());
        Set<String> paths = report.getEntries().stream().map(e -> e.resultPath().toString())
                .collect(Collectors.toSet());
        assertTrue(paths.contains("<" + DCTerms.title.getURI() + ">"), paths.toString());
        assertTrue(paths.contains("<" + DCAT.accessURL.getURI() + ">"), paths.toString());
    }

    @Test
    void theExamplesAreTheNamedQueriesInEnglishAndSpanish() throws Exception {
        Graph ex = fetchRdf(Paths.SPARQL_EXAMPLES, Representation.TURTLE);
        List<NamedQuery> queries = TestProject.get().queries().all();
        assertEquals(queries.size(), ex.find(Node.ANY, RDF.type.asNode(), Vocab.SH_SPARQL_EXECUTABLE.asNode())
                .toList().size());
        for (NamedQuery q : queries) {
            Node e = node(Gcm.BASE + "query/" + q.name());
            assertTrue(ex.contains(e, RDF.type.asNode(), Vocab.SH_SPARQL_EXECUTABLE.asNode()), q.name());
            assertEquals(q.sparql(), object(ex, e, node(Vocab.SH + "select")).getLiteralLexicalForm());
            assertEquals(node(server.sparqlUrl()), object(ex, e, Vocab.SCHEMA_TARGET.asNode()));
            for (String lang : List.of("en", "es")) {
                assertTrue(ex.find(e, RDFS.comment.asNode(), Node.ANY).toList().stream()
                        .anyMatch(t -> lang.equals(t.getObject().getLiteralLanguage())
                                && !t.getObject().getLiteralLexicalForm().isBlank()), q.name() + " " + lang);
            }
        }
    }

    @Test
    void theServicesOwnIrisDereference() throws Exception {
        for (String iri : List.of(Gcm.BASE + "dataset", Gcm.BASE + "service/sparql", Gcm.BASE + "project",
                Gcm.BASE + "dataset/dump/nquads", Gcm.BASE + "query/headline-figures",
                Gcm.REFERENCE_GRAPH.getURI())) {
            Graph g = fetchRdf(path(iri), Representation.TURTLE);
            assertTrue(g.contains(node(iri), Node.ANY, Node.ANY), iri + "\n" + turtle(g));
            assertEquals(200, get(path(iri), "text/html").statusCode(), iri);
        }
        Graph shapes = fetchRdf(Paths.SHAPES, Representation.TURTLE);
        TestProject.assertIsomorphic(TestProject.get().validator().shapes().getGraph(), shapes, "the shapes document");
        HttpResponse<byte[]> home = get("/", "text/html");
        assertEquals(200, home.statusCode());
        assertTrue(text(home).contains("href=\"" + Paths.CATALOG + "\""), "the home page links to the catalogue");
        Graph root = fetchRdf("/", Representation.TURTLE);
        assertTrue(root.isIsomorphicWith(fetchRdf(Paths.CATALOG, Representation.TURTLE)), "in RDF, / is the catalogue");
    }

    // ---- dumps, caching and CORS ---------------------------------------------------------------------------

    @Test
    void theDumpsParseBackToTheStore() throws Exception {
        DatasetGraph stored = Txn.calculateRead(dataset, () -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            dataset.find().forEachRemaining(copy::add);
            return copy;
        });
        HttpResponse<byte[]> nq = get(Paths.DUMPS + "gcm-kg.nq.gz", (String) null);
        assertEquals(200, nq.statusCode());
        assertEquals("application/gzip", header(nq, "Content-Type"));
        assertEquals("\"" + Checksums.sha256(nq.body()) + "\"", header(nq, "ETag"));
        assertNotNull(header(nq, "Last-Modified"));
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(gunzip(nq.body())).lang(Lang.NQUADS).parse(parsed);
        if (!IsoMatcher.isomorphic(stored, parsed)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, parsed, RDFFormat.TRIG_PRETTY);
            throw new AssertionError("the N-Quads dump is not the store's quads; it holds:\n"
                    + out.toString(StandardCharsets.UTF_8));
        }

        Graph curated = Txn.calculateRead(dataset, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            publication.curatedGraphs().forEach(name -> dataset.getGraph(name).find().forEachRemaining(g::add));
            return g;
        });
        assertFalse(publication.curatedGraphs().contains(Gcm.ONTOLOGY_GRAPH));
        HttpResponse<byte[]> ttl = get(Paths.DUMPS + "gcm-kg-curated.ttl.gz", (String) null);
        assertEquals(200, ttl.statusCode());
        assertEquals("application/gzip", header(ttl, "Content-Type"));
        Graph parsedTurtle = GraphFactory.createDefaultGraph();
        RDFParser.source(gunzip(ttl.body())).lang(Lang.TURTLE).parse(parsedTurtle);
        assertTrue(parsedTurtle.isIsomorphicWith(curated), "the Turtle dump is not the curated data; it holds:\n"
                + turtle(parsedTurtle));
        assertEquals(404, get(Paths.DUMPS + "other.nq.gz", (String) null).statusCode());
    }

    private static InputStream gunzip(byte[] gz) throws IOException {
        return new GZIPInputStream(new ByteArrayInputStream(gz));
    }

    @Test
    void conditionalGetAnswers304() throws Exception {
        for (String path : List.of("/objective/7", Paths.DUMPS + "gcm-kg.nq.gz", Paths.CATALOG, Paths.ONTOLOGY)) {
            HttpResponse<byte[]> first = get(path, "text/turtle");
            assertEquals(200, first.statusCode(), path);
            String etag = header(first, "ETag");
            String lastModified = header(first, "Last-Modified");
            assertNotNull(etag, path);
            assertNotNull(lastModified, path);
            HttpResponse<byte[]> byTag = get(path, Map.of("Accept", "text/turtle", "If-None-Match", etag));
            assertEquals(304, byTag.statusCode(), path);
            assertEquals(0, byTag.body().length);
            assertEquals(etag, header(byTag, "ETag"));
            HttpResponse<byte[]> byDate = get(path, Map.of("Accept", "text/turtle", "If-Modified-Since", lastModified));
            assertEquals(304, byDate.statusCode(), path);
            HttpResponse<byte[]> changed = get(path, Map.of("Accept", "text/turtle", "If-None-Match", "\"other\""));
            assertEquals(200, changed.statusCode(), path);
            assertTrue(changed.body().length > 0);
        }
        // Another representation has another ETag.
        assertFalse(header(get("/objective/7", "text/turtle"), "ETag")
                .equals(header(get("/objective/7", "text/html"), "ETag")));
    }

    @Test
    void corsIsOpenOnReadPathsOnly() throws Exception {
        String q = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        for (String path : List.of("/objective/7", Paths.SPARQL + "?query=" + q, Paths.SPARQL, Paths.VOID,
                Paths.CATALOG, Paths.ONTOLOGY, Paths.SPARQL_EXAMPLES, Paths.DUMPS + "gcm-kg.nq.gz", Paths.CONTEXT,
                Paths.GRAPH_STORE + "?graph=" + URLEncoder.encode(Gcm.REFERENCE_GRAPH.getURI(), StandardCharsets.UTF_8))) {
            HttpResponse<byte[]> r = get(path, Map.of("Origin", "https://example.org"));
            assertEquals("*", header(r, "Access-Control-Allow-Origin"), path);
            assertNull(header(r, "Access-Control-Allow-Credentials"), path);
        }
        HttpResponse<byte[]> postedQuery = request("POST", Paths.SPARQL, Map.of("Origin", "https://example.org",
                "Content-Type", "application/sparql-query"), "ASK { ?s ?p ?o }");
        assertEquals(200, postedQuery.statusCode());
        assertEquals("*", header(postedQuery, "Access-Control-Allow-Origin"));
        HttpResponse<byte[]> preflight = request("OPTIONS", "/objective/7", Map.of("Origin", "https://example.org",
                "Access-Control-Request-Method", "GET"), null);
        assertEquals("*", header(preflight, "Access-Control-Allow-Origin"));

        // Not on Fuseki's operations, nor on writes, nor on a preflight for a write.
        assertNull(header(get("/$/ping", Map.of("Origin", "https://example.org")), "Access-Control-Allow-Origin"));
        HttpResponse<byte[]> update = request("POST", Paths.SPARQL, Map.of("Origin", "https://example.org",
                "Content-Type", "application/sparql-update"), "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertTrue(update.statusCode() >= 400);
        assertNull(header(update, "Access-Control-Allow-Origin"));
        HttpResponse<byte[]> put = request("PUT", Paths.GRAPH_STORE + "?default", Map.of("Origin", "https://example.org",
                "Content-Type", "text/turtle"), "<urn:a> <urn:b> <urn:c> .");
        assertNull(header(put, "Access-Control-Allow-Origin"));
        HttpResponse<byte[]> writePreflight = request("OPTIONS", Paths.GRAPH_STORE, Map.of("Origin",
                "https://example.org", "Access-Control-Request-Method", "PUT"), null);
        assertNull(header(writePreflight, "Access-Control-Allow-Origin"));
        assertTrue(storeTriples(node("urn:a"), Node.ANY, Node.ANY).isEmpty());
    }
}
