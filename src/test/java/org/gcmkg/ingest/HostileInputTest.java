package org.gcmkg.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.StoreSnapshot;
import org.gcmkg.TestProject;
import org.gcmkg.io.InputScreen;
import org.gcmkg.io.InputTooLargeException;
import org.gcmkg.io.RdfInputException;
import org.gcmkg.store.GcmStore;
import org.gcmkg.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input that must be refused cleanly before or while parsing: never a crash, never a partial store. */
class HostileInputTest {
    private static final int DEEP = 100_000;
    private static DatasetGraph dataset;
    private static IngestService service;
    private static String before;

    @BeforeAll
    static void store() {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        dataset = store.dataset();
        service = new IngestService(TestProject.get(), dataset, Clock.systemUTC());
        before = StoreSnapshot.of(dataset);
    }

    private static String times(String s, int n) {
        return s.repeat(n);
    }

    static Stream<Arguments> hostile() {
        String prefix = "@prefix ex: <https://example.org/> .\n";
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY x SYSTEM \"%s\"> ]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"https://example.org/\">\n"
                + "<rdf:Description rdf:about=\"https://example.org/a\"><ex:p>&x;</ex:p></rdf:Description></rdf:RDF>\n";
        return Stream.of(
                Arguments.of("turtle collection", Lang.TURTLE,
                        prefix + "ex:a ex:p " + times("(", DEEP) + times(")", DEEP) + " .\n", "input.depth", "nested deeper than 64 levels"),
                Arguments.of("turtle blank nodes", Lang.TURTLE,
                        prefix + "ex:a ex:p " + times("[ ex:p ", DEEP) + "ex:b" + times(" ]", DEEP) + " .\n", "input.depth", "nested deeper than 64 levels"),
                Arguments.of("trig", Lang.TRIG,
                        prefix + "ex:g { ex:a ex:p " + times("[ ex:p ", DEEP) + "ex:b" + times(" ]", DEEP) + " . }\n", "input.depth", "nested deeper"),
                Arguments.of("json-ld arrays", Lang.JSONLD,
                        "{\"@id\": \"https://example.org/a\", \"https://example.org/p\": " + times("[", DEEP) + "1" + times("]", DEEP) + "}",
                        "input.depth", "nested deeper"),
                Arguments.of("json-ld objects", Lang.JSONLD,
                        times("{\"https://example.org/p\": ", DEEP) + "1" + times("}", DEEP), "input.depth", "nested deeper"),
                Arguments.of("rdf/xml deep", Lang.RDFXML, "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                        + times("<rdf:Description><rdf:value rdf:parseType=\"Resource\">", 200) + "</rdf:RDF>", "input.depth", "nested deeper"),
                Arguments.of("external file entity", Lang.RDFXML, String.format(xxe, "file:///etc/passwd"), "input.doctype", "DOCTYPE"),
                Arguments.of("external http entity", Lang.RDFXML, String.format(xxe, "http://127.0.0.1:9/x"), "input.doctype", "DOCTYPE"),
                Arguments.of("xml in latin1", Lang.RDFXML, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", "input.encoding", "ISO-8859-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedWithAMessageAndTheStoreIsUnchanged(String name, Lang lang, String body, String key, String english) {
        SubmissionInput input = new SubmissionInput(body.getBytes(StandardCharsets.UTF_8), lang, "body");
        IngestResult result = service.submit(input, null, null, false);
        assertEquals(IngestResult.Status.MALFORMED, result.status(), name);
        assertTrue(result.error().contains(english), result.error());
        assertNoJavaNames(result.error());
        RdfInputException e = assertThrows(RdfInputException.class, () -> service.validate(input));
        assertFalse(e.describe(Language.ES).equals(e.describe(Language.EN)), "no Spanish message for " + key);
        assertEquals(before, StoreSnapshot.of(dataset), name);
    }

    @Test
    void invalidUtf8IsRefusedWithItsByteOffset() {
        byte[] latin1 = "<https://example.org/a> <https://example.org/p> \"Pe\u00f1a\" .\n".getBytes(StandardCharsets.ISO_8859_1);
        SubmissionInput input = new SubmissionInput(latin1, Lang.TURTLE, "latin1.ttl");
        IngestResult result = service.submit(input, null, null, false);
        assertEquals(IngestResult.Status.MALFORMED, result.status());
        assertEquals("latin1.ttl: not valid UTF-8 at byte offset 51; submissions are read as UTF-8.", result.error());
        RdfInputException e = assertThrows(RdfInputException.class, () -> input.parse());
        assertEquals("latin1.ttl: no es UTF-8 válido en el byte 51; los envíos se leen como UTF-8.", e.describe(Language.ES));
        assertEquals(before, StoreSnapshot.of(dataset));
    }

    @Test
    void ordinaryNestingAndStringsWithBracketsPass() {
        String ok = "@prefix ex: <https://example.org/> .\n# a comment with ((((( [[[[\n"
                + "ex:a ex:p ( ( 1 2 ) [ ex:q \"\"\"((([[[\"\"\" ] ) ; ex:r '[[[' ; ex:s <https://example.org/x(y)> .\n";
        assertDoesNotThrow(() -> InputScreen.check(ok.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, "ok.ttl"));
        assertTrue(new SubmissionInput(ok.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, "ok.ttl").parse().size() > 5);
    }

    @Test
    void invalidUtf8FarIntoTheInputIsRefusedWithItsByteOffset() {
        String head = "@prefix ex: <https://example.org/> .\n" + "ex:a ex:p \"Peña ñandú\" .\n".repeat(2000);
        byte[] good = head.getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 3);
        bad[good.length] = (byte) 'x';
        bad[good.length + 1] = (byte) 0xF1;
        bad[good.length + 2] = (byte) 'y';
        RdfInputException e = assertThrows(RdfInputException.class,
                () -> new SubmissionInput(bad, Lang.TURTLE, "far.ttl").parse());
        assertEquals("far.ttl: not valid UTF-8 at byte offset " + (good.length + 1)
                + "; submissions are read as UTF-8.", e.describe());
    }

    @Test
    void nonAsciiTextAndAByteOrderMarkAreReadFromTheBytes() {
        String text = "\uFEFF@prefix ex: <https://example.org/> .\n"
                + "ex:a ex:p \"Peña, ñandú, «ü» 移民 🌍\"@es ; ex:q ( \"(«[\" [ ex:r \"Ω\" ] ) .\n";
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text.substring(1), Lang.TURTLE).base("https://w3id.org/gcm/").parse(expected);
        Graph read = new SubmissionInput(text.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, "bom.ttl").parse();
        assertTrue(read.isIsomorphicWith(expected), read.toString());
        assertEquals(7, read.size());
    }

    static Stream<Arguments> overTheTripleCap() {
        StringBuilder ttl = new StringBuilder("@prefix ex: <https://example.org/> .\nex:a ex:p ");
        StringBuilder json = new StringBuilder("{\"@id\": \"https://example.org/a\", \"https://example.org/p\": [");
        StringBuilder xml = new StringBuilder("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns:ex=\"https://example.org/\"><rdf:Description rdf:about=\"https://example.org/a\">");
        for (int i = 0; i < 101; i++) {
            ttl.append(i == 0 ? "" : ", ").append(i);
            json.append(i == 0 ? "" : ", ").append(i);
            xml.append("<ex:p>").append(i).append("</ex:p>");
        }
        return Stream.of(Arguments.of(Lang.TURTLE, ttl.append(" .\n").toString()),
                Arguments.of(Lang.NTRIPLES, ttl.toString().lines().skip(1).findFirst().orElseThrow()
                        .replace("ex:a ex:p ", "").transform(objects -> {
                            StringBuilder nt = new StringBuilder();
                            for (String o : objects.replace(" .", "").split(", ")) {
                                nt.append("<https://example.org/a> <https://example.org/p> \"").append(o).append("\" .\n");
                            }
                            return nt.toString();
                        })),
                Arguments.of(Lang.JSONLD, json.append("]}").toString()),
                Arguments.of(Lang.RDFXML, xml.append("</rdf:Description></rdf:RDF>").toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overTheTripleCap")
    void aSubmissionPastTheTripleCapIsRefusedWhileItIsParsed(Lang lang, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertEquals(101, new SubmissionInput(bytes, lang, "big").parse().size(), "the body holds 101 triples");
        SubmissionInput capped = new SubmissionInput(bytes, lang, "big", 100);
        InputTooLargeException e = assertThrows(InputTooLargeException.class, capped::parse);
        assertEquals("big: holds more than 100 triples, the most the gate holds in memory for one submission; "
                + "split it into several submissions.", e.describe(Language.EN));
        assertEquals("big: contiene más de 100 tripletas, lo más que la validación guarda en memoria para un envío; "
                + "divídalo en varios envíos.", e.describe(Language.ES));
        assertEquals(100, new SubmissionInput(bytes, lang, "big", 101).parse().size() - 1);
        IngestResult result = service.submit(capped, null, null, false);
        assertEquals(IngestResult.Status.MALFORMED, result.status());
        assertTrue(result.unreadable() instanceof InputTooLargeException, result.error());
        assertEquals(before, StoreSnapshot.of(dataset));
    }

    static void assertNoJavaNames(String message) {
        assertFalse(message.matches("(?s).*(Exception|Error\\b|java\\.|org\\.apache).*"), "names a Java class: " + message);
    }
}
