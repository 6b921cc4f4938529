package org.gcmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.gcmkg.TestProject;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.publish.LinkedDataExtension;
import org.gcmkg.publish.Publication;
import org.gcmkg.publish.PublishSettings;
import org.gcmkg.store.GcmStore;
import org.gcmkg.vocab.Gcm;
import org.gcmkg.web.WebExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description at {@code /openapi.json}: a valid OpenAPI 3 document, and true to the service. Real
 * requests to the whole service, one or more for every path and method it documents, each answer with a documented
 * status and content type, and every JSON body validates against the documented schema.
 */
class OpenApiTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final String TOKEN = "openapi-test-token";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** JSON Schema draft 7, which the schemas of OpenAPI 3.0 are a subset of; {@code components} only holds them. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            b -> b.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV7())
                    .keyword(new NonValidationKeyword("components")).keyword(new NonValidationKeyword("example"))
                    .build()));

    private static GcmServer server;
    private static GcmServer readOnly;
    private static JsonNode document;

    @BeforeAll
    static void start() throws Exception {
        server = startService(Optional.of(TOKEN));
        readOnly = startService(Optional.empty());
        try (InputStream in = OpenApiServlet.class.getResourceAsStream(OpenApiServlet.RESOURCE)) {
            document = MAPPER.readTree(in);
        }
    }

    private static GcmServer startService(Optional<String> token) {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        Publication publication = Publication.of(TestProject.get(), store.dataset(), PublishSettings.of(Gcm.BASE, 10_000));
        IngestService gate = new IngestService(TestProject.get(), store.dataset(), Clock.systemUTC());
        WebExtension web = new WebExtension(publication);
        LinkedDataExtension linkedData = new LinkedDataExtension(publication, web.homePage());
        return GcmServer.start(store.dataset(), ServerSettings.ephemeral(), List.of(
                new SubmissionsExtension(gate, WriteAuth.withToken(token), new SizeLimit(256 * 1024),
                        linkedData::refresh, TestProject.get()),
                new NamedQueriesExtension(TestProject.get().queries(), store.dataset(), 10_000),
                linkedData, web));
    }

    @AfterAll
    static void stop() {
        for (GcmServer s : new GcmServer[] {server, readOnly}) {
            if (s != null) {
                s.stop();
            }
        }
    }

    @Test
    void theDocumentIsValidOpenApi3() throws Exception {
        HttpResponse<String> served = send(server, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/openapi.json")));
        assertEquals(200, served.statusCode());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served.body(), null, options);
        assertEquals(List.of(), result.getMessages(), "the parser's messages");
        assertNotNull(result.getOpenAPI());
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3."));
        assertEquals(MAPPER.readTree(served.body()), document, "the service serves the document of the class path");
    }

    @Test
    void realResponsesMatchTheDocument() throws Exception {
        String valid = Files.readString(EXAMPLES.resolve("follow-up-2021/submission.ttl"), StandardCharsets.UTF_8);
        String invalid = Files.readString(EXAMPLES.resolve("invalid/24th-objective.ttl"), StandardCharsets.UTF_8);
        String query = URLEncoder.encode("SELECT ?s WHERE { ?s a <" + Gcm.NS + "Objective> } LIMIT 3",
                StandardCharsets.UTF_8);
        String auth = "Bearer " + TOKEN;
        List<Call> calls = List.of(
                get("/openapi.json"),
                get("/gcm/sparql?query=" + query, "Accept", "application/sparql-results+json"),
                get("/gcm/sparql?query=" + query, "Accept", "text/csv"),
                get("/gcm/sparql?query=SELEKT", "Accept", "application/sparql-results+json"),
                get("/gcm/sparql", "Accept", "text/turtle"),
                call("POST", "/gcm/sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "Content-Type",
                        "application/sparql-query", "Accept", "application/sparql-results+json"),
                call("POST", "/gcm/sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "Content-Type",
                        "application/sparql-update"),
                call("POST", "/gcm/sparql", "SELECT * WHERE { ?s ?p ?o }", "Content-Type", "text/html"),
                get("/gcm/query?query=" + query, "Accept", "application/sparql-results+xml"),
                call("POST", "/gcm/query", "query=" + query, "Content-Type", "application/x-www-form-urlencoded",
                        "Accept", "application/sparql-results+json"),
                get("/gcm/data?default", "Accept", "text/turtle"),
                get("/gcm/data?graph=" + URLEncoder.encode("https://example.org/none", StandardCharsets.UTF_8),
                        "Accept", "text/turtle"),
                get("/queries"),
                get("/queries/actions-per-objective"),
                get("/queries/actions-per-objective", "Accept", "text/csv"),
                get("/queries/objectives-most-actions?edition=not-an-iri"),
                get("/queries/no-such-query"),
                call("POST", "/validate", valid, "Content-Type", "text/turtle"),
                call("POST", "/validate", invalid, "Content-Type", "text/turtle"),
                call("POST", "/validate", invalid, "Content-Type", "text/turtle", "Accept", "text/turtle"),
                call("POST", "/validate", invalid, "Content-Type", "text/turtle", "Accept", "text/plain"),
                call("POST", "/validate", invalid, "Content-Type", "text/turtle", "Accept", "text/csv"),
                call("POST", "/validate", invalid, "Content-Type", "text/turtle", "Accept", "application/ld+json"),
                call("POST", "/validate", invalid, "Content-Type", "text/turtle", "Accept", "application/n-triples"),
                call("POST", "/validate", invalid, "Content-Type", "text/turtle", "Accept", "application/rdf+xml"),
                call("POST", "/validate?detect=true", invalid, "Content-Type", "text/plain"),
                call("POST", "/validate", "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.ttl\"\r\n\r\n"
                        + invalid + "\r\n--b--\r\n", "Content-Type", "multipart/form-data; boundary=b"),
                call("POST", "/validate", "<a> <b> .", "Content-Type", "text/turtle", "Accept-Language", "es"),
                call("POST", "/validate", valid, "Content-Type", "application/ld+json"),
                call("POST", "/validate", valid, "Content-Type", "text/html"),
                call("POST", "/validate", "#".repeat(300 * 1024), "Content-Type", "text/turtle"),
                get("/submissions"),
                call("POST", "/submissions?id=openapi", valid, "Content-Type", "text/turtle"),
                call("POST", "/submissions?id=openapi", valid, "Content-Type", "text/turtle", "Authorization", auth),
                call("POST", "/submissions?id=openapi", valid, "Content-Type", "text/turtle", "Authorization", auth),
                call("POST", "/submissions?id=other", invalid, "Content-Type", "text/turtle", "Authorization", auth),
                call("POST", "/submissions?id=other", valid, "Content-Type", "text/x-unknown", "Authorization", auth),
                get("/submissions"),
                get("/submissions/openapi"),
                get("/submissions/none"),
                call("PUT", "/submissions/openapi", invalid, "Content-Type", "text/turtle", "Authorization", auth),
                call("PUT", "/submissions/openapi", valid, "Content-Type", "text/turtle", "Authorization", auth),
                call("PUT", "/submissions/none", valid, "Content-Type", "text/turtle", "Authorization", auth),
                call("PUT", "/submissions/openapi", valid, "Content-Type", "text/turtle"),
                call("DELETE", "/submissions/openapi", null),
                call("DELETE", "/submissions/openapi", null, "Authorization", auth),
                call("DELETE", "/submissions/openapi", null, "Authorization", auth),
                get("/template"),
                get("/template?format=csv"),
                get("/template?format=pdf"),
                get("/", "Accept", "text/html"),
                get("/", "Accept", "text/turtle"),
                get("/objective/7", "Accept", "text/turtle"),
                get("/objective/7", "Accept", "text/html"),
                get("/objective/7?edition=" + URLEncoder.encode("https://example.org/none", StandardCharsets.UTF_8),
                        "Accept", "text/html"),
                get("/objective/99", "Accept", "text/turtle"),
                get("/objective/7", "Accept", "image/png"),
                get("/institution/inm", "Accept", "application/ld+json"),
                get("/programme/programa-3x1-para-migrantes", "Accept", "application/n-triples"),
                get("/report/informe-ejecutivo-2020", "Accept", "application/rdf+xml"),
                get("/report/informe-ejecutivo-2020/action/7-3?format=nt"),
                get("/ontology", "Accept", "text/turtle"),
                get("/shapes", "Accept", "text/html"),
                get("/catalog", "Accept", "application/ld+json"),
                get("/.well-known/void", "Accept", "text/turtle"),
                get("/.well-known/sparql-examples", "Accept", "text/turtle"),
                get("/context.jsonld"),
                get("/dumps/gcm-kg.nq.gz"),
                get("/dumps/gcm-kg-curated.ttl.gz"),
                get("/dumps/none.gz"),
                get("/objectives"),
                get("/explore"),
                get("/validator?lang=es"),
                get("/$/ping"));
        List<String> problems = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        Set<String> statuses = new LinkedHashSet<>();
        for (Call c : calls) {
            HttpResponse<byte[]> r = c.send(server);
            covered.add(check(c, r, problems));
            statuses.add(r.statusCode() + "");
        }
        HttpResponse<byte[]> forbidden = call("POST", "/submissions", valid, "Content-Type", "text/turtle",
                "Authorization", auth).send(readOnly);
        assertEquals(403, forbidden.statusCode());
        check(call("POST", "/submissions", valid), forbidden, problems);
        assertEquals(List.of(), problems, "responses that the document does not describe");
        assertEquals(documented(), covered, "every documented path and method is requested");
        for (String s : List.of("200", "201", "204", "400", "401", "403", "404", "406", "409", "413", "415", "422")) {
            assertTrue(statuses.contains(s), "a request answered " + s + ": " + statuses);
        }
    }

    /** "METHOD /template" of every operation in the document. */
    private static Set<String> documented() {
        Set<String> all = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (!m.equals("parameters")) {
                all.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
            }
        }));
        return all;
    }

    /** Checks one response against the document, adding what does not match to {@code problems}. */
    private static String check(Call c, HttpResponse<byte[]> r, List<String> problems) throws Exception {
        String path = c.path.split("\\?")[0];
        String template = template(path);
        String what = c.method + " " + c.path + " → " + r.statusCode();
        if (template == null) {
            problems.add(what + ": no documented path");
            return "";
        }
        JsonNode operation = document.get("paths").get(template).get(c.method.toLowerCase(Locale.ROOT));
        if (operation == null) {
            problems.add(what + ": method not documented for " + template);
            return "";
        }
        JsonNode response = resolve(operation.get("responses").get(Integer.toString(r.statusCode())));
        if (response == null) {
            problems.add(what + ": status not documented");
            return c.method + " " + template;
        }
        String type = r.headers().firstValue("Content-Type").map(t -> t.split(";")[0].strip().toLowerCase(Locale.ROOT))
                .orElse(null);
        if (type == null) {
            if (response.has("content") && r.statusCode() != 304) {
                problems.add(what + ": no body, but the document describes one");
            }
            return c.method + " " + template;
        }
        JsonNode media = response.path("content").get(type);
        if (media == null) {
            problems.add(what + ": content type " + type + " not documented (" + response.path("content").size()
                    + " are)");
            return c.method + " " + template;
        }
        if (r.body().length > 0 && type.equals("application/json") || type.equals("application/sparql-results+json")) {
            JsonNode body = MAPPER.readTree(r.body());
            Set<ValidationMessage> errors = schema(media.get("schema")).validate(body);
            if (!errors.isEmpty()) {
                problems.add(what + ": body does not match its schema: " + errors);
            }
        }
        return c.method + " " + template;
    }

    /** The documented path that {@code path} is an instance of: itself, or the template whose variables match. */
    private static String template(String path) {
        if (document.get("paths").has(path)) {
            return path;
        }
        Iterator<String> names = document.get("paths").fieldNames();
        while (names.hasNext()) {
            String t = names.next();
            String regex = "\\Q" + t.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            if (t.contains("{") && Pattern.matches(regex, path)) {
                return t;
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode node) {
        if (node != null && node.has("$ref")) {
            return document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** A JSON Schema validator for a schema of the document, with the document's components to resolve its refs. */
    private static JsonSchema schema(JsonNode schema) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("components", document.get("components"));
        root.putArray("allOf").add(schema);
        return FACTORY.getSchema(root);
    }

    private record Call(String method, String path, String body, Map<String, String> headers) {
        HttpResponse<byte[]> send(GcmServer s) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path));
            headers.forEach(b::header);
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static Call get(String path, String... headers) {
        return call("GET", path, null, headers);
    }

    private static Call call(String method, String path, String body, String... headers) {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        return new Call(method, path, body, h);
    }

    private static HttpResponse<String> send(GcmServer s, HttpRequest.Builder b) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyStatusOfTheDryRunHasAnErrorSchemaOrAReport() {
        JsonNode responses = document.at("/paths/~1validate/post/responses");
        assertFalse(responses.isMissingNode());
        for (String s : List.of("200", "400", "413", "415")) {
            assertTrue(responses.has(s), s);
        }
    }
}
