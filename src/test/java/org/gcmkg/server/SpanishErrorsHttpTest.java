package org.gcmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.gcmkg.StoreSnapshot;
import org.gcmkg.TestProject;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.store.GcmStore;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every error the dry run and the submissions can give (unreadable input, too large, wrong type, authentication,
 * not found, wrong method, taken or malformed identifier, unknown institution, the same bytes again) comes in Spanish when Spanish is asked for, by {@code ?lang=es} or by
 * Accept-Language: the sentence of the bundle, with no English sentence in it outside the parser's own words,
 * which are quoted («…») and given apart as {@code detail}. None of them changes the store.
 */
class SpanishErrorsHttpTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final String TOKEN = "spanish-test-token";
    private static final int MAX = 64 * 1024;
    /** Common English words, which a Spanish message has nowhere outside a quotation. */
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)\\b(the|file|could not|cannot|must|request|body|send|please|there is|is not|not|larger|writing)\\b");
    private static final Messages HTTP_ES = Messages.of(HttpReports.AREA, Language.ES);

    private static GcmStore store;
    private static GcmServer server;
    private static GcmServer readOnly;

    @BeforeAll
    static void start() {
        store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        server = startOn(store, Optional.of(TOKEN));
        GcmStore other = GcmStore.inMemory();
        other.loadCurated(TestProject.get().data());
        readOnly = startOn(other, Optional.empty());
    }

    private static GcmServer startOn(GcmStore s, Optional<String> token) {
        IngestService gate = new IngestService(TestProject.get(), s.dataset(), Clock.systemUTC());
        return GcmServer.start(s.dataset(), ServerSettings.ephemeral(), List.of(new SubmissionsExtension(gate,
                WriteAuth.withToken(token), new SizeLimit(MAX), () -> { }, TestProject.get())));
    }

    @AfterAll
    static void stop() {
        for (GcmServer s : new GcmServer[] {server, readOnly}) {
            if (s != null) {
                s.stop();
            }
        }
    }

    private record Answer(int status, JsonObject body, String language) {
        String error() {
            return body.get("error").getAsString().value();
        }

        String field(String name) {
            return body.hasKey(name) ? body.get(name).toString().replaceAll("^\"|\"$", "") : null;
        }
    }

    private static Answer send(GcmServer s, String method, String path, String type, byte[] body, boolean chunked,
            String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(b.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0], r.body());
        return new Answer(r.statusCode(), JSON.parse(r.body()), r.headers().firstValue("Content-Language").orElse(""));
    }

    /** The request asking for Spanish once by ?lang=es, once by Accept-Language; both answers must agree. */
    private static Answer spanish(GcmServer s, String method, String path, String type, byte[] body, boolean chunked,
            String... headers) throws Exception {
        String sep = path.contains("?") ? "&" : "?";
        Answer byParameter = send(s, method, path + sep + "lang=es", type, body, chunked, headers);
        List<String> withLanguage = new ArrayList<>(List.of(headers));
        withLanguage.addAll(List.of("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"));
        Answer byHeader = send(s, method, path, type, body, chunked, withLanguage.toArray(String[]::new));
        assertEquals(byParameter.status, byHeader.status, path);
        assertEquals(byParameter.error(), byHeader.error(), path);
        assertSpanish(byParameter, method + " " + path);
        return byParameter;
    }

    private static void assertSpanish(Answer a, String what) {
        assertEquals("es", a.language, what + ": Content-Language");
        assertEquals("es", a.field("language"), what);
        String outsideQuotes = a.error().replaceAll("«[^»]*»", "«»");
        Matcher english = ENGLISH.matcher(outsideQuotes);
        assertFalse(english.find(), what + ": English word '" + (english.find(0) ? english.group() : "") + "' in "
                + a.error());
        assertFalse(a.error().matches("(?s).*(Exception|java\\.|null).*"), a.error());
    }

    private static byte[] example(String name) throws Exception {
        return Files.readAllBytes(EXAMPLES.resolve(name));
    }

    private static String bearer() {
        return "Bearer " + TOKEN;
    }

    @Test
    void unreadableInputIsToldInSpanishWithTheParsersWordsQuoted() throws Exception {
        String before = StoreSnapshot.of(store.dataset());
        String turtle = new String(example("follow-up-2021/submission.ttl"), StandardCharsets.UTF_8);
        Object[][] cases = {
            {"text/turtle", example("invalid/malformed.ttl"), "Turtle", null},
            {"application/ld+json", turtle.getBytes(StandardCharsets.UTF_8), "JSON-LD", "Turtle"},
            {"application/rdf+xml", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n<rdf:Description>\n</rdf:RDF>\n"
                    .getBytes(StandardCharsets.UTF_8), "RDF/XML", null},
            {"application/n-triples", "<https://example.org/a> <https://example.org/b> \"x .\n"
                    .getBytes(StandardCharsets.UTF_8), "N-Triples", null},
        };
        for (Object[] c : cases) {
            for (String path : List.of("/validate", "/submissions")) {
                Answer a = spanish(server, "POST", path, (String) c[0], (byte[]) c[1], false, "Authorization", bearer());
                assertEquals(400, a.status, path + " " + c[0] + ": " + a.body);
                assertEquals(c[2], a.field("syntax"));
                String detail = a.field("detail");
                assertFalse(detail == null || detail.isBlank(), a.body.toString());
                String key = a.field("line") == null ? "parse.nowhere" : a.field("column") == null ? "parse.line"
                        : "parse.position";
                String expected = HTTP_ES.format(key, "named", "no", "name", "", "syntax", c[2],
                        "line", a.field("line") == null ? 0 : Long.parseLong(a.field("line")),
                        "column", a.field("column") == null ? 0 : Long.parseLong(a.field("column")),
                        "detail", a.body.get("detail").getAsString().value());
                if (c[3] != null) {
                    expected += " " + HTTP_ES.format("parse.looksLike", "detected", c[3], "type", "text/turtle");
                }
                assertEquals(expected, a.error(), path + " " + c[0]);
            }
        }
        Answer malformed = spanish(server, "POST", "/validate", "text/turtle", example("invalid/malformed.ttl"), false);
        assertEquals("7", malformed.field("line"));
        assertTrue(malformed.error().startsWith("No se pudo leer el cuerpo como Turtle: en la línea 7, columna "),
                malformed.error());
        for (String[] refused : new String[][] {{"invalid/latin1.ttl", "text/turtle"},
                {"invalid/external-entity.rdf", "application/rdf+xml"}, {"invalid/deep-nesting.ttl", "text/turtle"}}) {
            Answer a = spanish(server, "POST", "/validate", refused[1], example(refused[0]), false);
            assertEquals(400, a.status, refused[0]);
            assertTrue(a.error().startsWith(HTTP_ES.format("source.body") + ":"), a.error());
        }
        assertEquals(before, StoreSnapshot.of(store.dataset()));
    }

    @Test
    void aFileUploadedInAFormIsNamedInTheMessage() throws Exception {
        String boundary = "gcmBoundary42";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"envío.ttl\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
                + new String(example("invalid/malformed.ttl"), StandardCharsets.UTF_8) + "\r\n--" + boundary + "--\r\n";
        Answer a = spanish(server, "POST", "/validate", "multipart/form-data; boundary=" + boundary,
                form.getBytes(StandardCharsets.UTF_8), false);
        assertEquals(400, a.status, a.body.toString());
        assertTrue(a.error().startsWith("No se pudo leer el archivo «envío.ttl» como Turtle: en la línea 7"), a.error());
        Answer noFile = spanish(server, "POST", "/validate", "multipart/form-data; boundary=" + boundary,
                ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8), false);
        assertEquals(400, noFile.status);
        assertEquals(HTTP_ES.format("type.multipart"), noFile.error());
    }

    @Test
    void sizeAndTypeErrorsAreInSpanish() throws Exception {
        String before = StoreSnapshot.of(store.dataset());
        byte[] big = new byte[MAX + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        String tooLarge = HTTP_ES.format("size.tooLarge", "max", MAX);
        assertEquals("El envío supera el límite de 65.536 bytes: mande uno más pequeño, o divídalo.", tooLarge);
        for (String path : List.of("/validate", "/submissions")) {
            for (boolean chunked : new boolean[] {false, true}) {
                for (String type : List.of("text/turtle", "application/zip")) {
                    Answer a = spanish(server, "POST", path, type, big, chunked, "Authorization", bearer());
                    assertEquals(413, a.status, path + " " + type);
                    assertEquals(tooLarge, a.error());
                }
            }
            Answer html = spanish(server, "POST", path, "text/html", "<p>".getBytes(StandardCharsets.UTF_8), false,
                    "Authorization", bearer());
            assertEquals(415, html.status);
            assertEquals(HTTP_ES.format("type.unsupported", "type", "text/html"), html.error());
            Answer none = spanish(server, "POST", path, null, "x".getBytes(StandardCharsets.UTF_8), false,
                    "Authorization", bearer());
            assertEquals(415, none.status);
            assertEquals(HTTP_ES.format("type.missing"), none.error());
            assertFalse(none.error().contains("null"));
        }
        Answer template = spanish(server, "GET", "/template?format=pdf", null, null, false);
        assertEquals(400, template.status);
        assertEquals(HTTP_ES.format("template.format", "format", "pdf"), template.error());
        assertEquals(before, StoreSnapshot.of(store.dataset()));
    }

    @Test
    void authenticationNotFoundMethodAndConflictAreInSpanish() throws Exception {
        String before = StoreSnapshot.of(store.dataset());
        byte[] valid = example("follow-up-2021/submission.ttl");
        Answer anonymous = spanish(server, "POST", "/submissions", "text/turtle", valid, false);
        assertEquals(401, anonymous.status);
        assertEquals(HTTP_ES.format("auth.needed"), anonymous.error());
        Answer wrong = spanish(server, "DELETE", "/submissions/x", null, null, false, "Authorization", "Bearer nope");
        assertEquals(401, wrong.status);
        for (String method : List.of("POST", "DELETE")) {
            Answer disabled = spanish(readOnly, method, "/submissions" + (method.equals("DELETE") ? "/x" : ""),
                    "text/turtle", method.equals("POST") ? valid : null, false, "Authorization", bearer());
            assertEquals(403, disabled.status);
            assertEquals(HTTP_ES.format("auth.disabled"), disabled.error());
        }
        for (String method : List.of("GET", "PUT", "DELETE")) {
            Answer missing = spanish(server, method, "/submissions/ninguno", method.equals("PUT") ? "text/turtle" : null,
                    method.equals("PUT") ? valid : null, false, "Authorization", bearer());
            assertEquals(404, missing.status, method);
            assertEquals(HTTP_ES.format("submission.notFound", "id", "ninguno"), missing.error());
            assertEquals("No hay ningún envío «ninguno».", missing.error());
        }
        Answer post = spanish(server, "POST", "/submissions/x", "text/turtle", valid, false, "Authorization", bearer());
        assertEquals(405, post.status);
        assertEquals(HTTP_ES.format("method.post"), post.error());
        Answer put = spanish(server, "PUT", "/submissions", "text/turtle", valid, false, "Authorization", bearer());
        assertEquals(405, put.status);
        assertEquals(before, StoreSnapshot.of(store.dataset()));

        assertEquals(201, send(server, "POST", "/submissions?id=tomado", "text/turtle", valid, false,
                "Authorization", bearer()).status);
        byte[] other = new String(valid, StandardCharsets.UTF_8).replace("ejemplo-ficticio-2021", "ejemplo-ficticio-2031")
                .getBytes(StandardCharsets.UTF_8);
        Answer taken = spanish(server, "POST", "/submissions?id=tomado", "text/turtle", other, false,
                "Authorization", bearer());
        assertEquals(409, taken.status, taken.body.toString());
        assertEquals(HTTP_ES.format("submission.taken", "id", "tomado"), taken.error());
        Answer duplicate = spanish(server, "POST", "/submissions?id=otro", "text/turtle", valid, false,
                "Authorization", bearer());
        assertEquals(409, duplicate.status);
        assertTrue(duplicate.error().startsWith("Los mismos bytes (SHA-256 ") && duplicate.error()
                .endsWith("ya están guardados como el envío 'tomado'."), duplicate.error());
        Answer badId = spanish(server, "POST", "/submissions?id=" + java.net.URLEncoder.encode("mal id!",
                StandardCharsets.UTF_8), "text/turtle", other, false, "Authorization", bearer());
        assertEquals(400, badId.status);
        assertEquals(HTTP_ES.format("submission.badId", "id", "mal id!"), badId.error());
        Answer institution = spanish(server, "POST", "/submissions?institution=nadie", "text/turtle", other, false,
                "Authorization", bearer());
        assertEquals(400, institution.status);
        assertEquals(HTTP_ES.format("institution.unknown", "institution", "nadie"), institution.error());
        assertEquals(204, HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/submissions/tomado")).header("Authorization", bearer()).DELETE().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void englishIsAskedForAndGivenToo() throws Exception {
        Answer a = send(server, "POST", "/validate?lang=en", "text/turtle", example("invalid/malformed.ttl"), false);
        assertEquals("en", a.language);
        assertTrue(a.error().startsWith("The body could not be read as Turtle: at line 7, column "), a.error());
        Answer fallback = send(server, "POST", "/validate", "text/x-unknown", new byte[] {1}, false,
                "Accept-Language", "fr-FR,de;q=0.5");
        assertEquals(Messages.of(HttpReports.AREA, Language.EN).format("type.unsupported", "type", "text/x-unknown"),
                fallback.error());
    }
}
