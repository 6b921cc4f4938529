package org.gcmkg.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.gcmkg.TestProject;
import org.junit.jupiter.api.Test;

/**
 * A parse on a thread of its own ({@link ParseAhead}, which {@link RdfFiles#readGraph} uses for large inputs) gives
 * the graph, the error or the refusal that a parse on the calling thread gives, whatever the syntax.
 */
class ParseAheadTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final long AHEAD = 0;
    private static final long ON_CALLER = Long.MAX_VALUE;
    private static final long NO_CAP = Long.MAX_VALUE;

    @Test
    void everyExampleReadsAsOnTheCallingThread() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".xlsx")
                    && !f.toString().endsWith(".md") && !f.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "examples found: " + files);
        int failures = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Lang lang = RdfFiles.langFor(file.toString());
            Outcome onCaller = outcome(() -> RdfFiles.readGraph(bytes, lang, file.toString(), NO_CAP, ON_CALLER));
            Outcome ahead = outcome(() -> RdfFiles.readGraph(bytes, lang, file.toString(), NO_CAP, AHEAD));
            assertEquals(onCaller.error(), ahead.error(), file.toString());
            if (onCaller.graph() != null) {
                TestProject.assertIsomorphic(onCaller.graph(), ahead.graph(), file.toString());
            } else {
                failures++;
            }
        }
        assertTrue(failures >= 4, "the examples include files that do not parse: " + failures);
    }

    @Test
    void aLargeFileGivesTheSameTriplesInTheSameOrder() {
        for (Lang lang : List.of(Lang.TURTLE, Lang.NQUADS, Lang.RDFXML, Lang.JSONLD)) {
            int subjects = subjects(lang);
            byte[] bytes = large(lang, subjects, "");
            List<Triple> onCaller = RdfFiles.readGraph(bytes, lang, "large", NO_CAP, ON_CALLER).find().toList();
            List<Triple> ahead = RdfFiles.readGraph(bytes, lang, "large", NO_CAP, AHEAD).find().toList();
            assertEquals(3 * subjects, onCaller.size(), lang.getName());
            assertEquals(onCaller, ahead, lang.getName());
        }
    }

    @Test
    void anErrorAfterManyTriplesIsReportedAtTheSamePlace() {
        for (Lang lang : List.of(Lang.TURTLE, Lang.NQUADS)) {
            byte[] bytes = large(lang, subjects(lang), "<https://example.org/broken> <https://example.org/p> \"open .\n");
            RdfInputException onCaller = assertThrows(RdfInputException.class,
                    () -> RdfFiles.readGraph(bytes, lang, "large", NO_CAP, ON_CALLER));
            RdfInputException ahead = assertThrows(RdfInputException.class,
                    () -> RdfFiles.readGraph(bytes, lang, "large", NO_CAP, AHEAD));
            assertTrue(onCaller.line() > subjects(lang), lang.getName() + ": line " + onCaller.line());
            assertEquals(describe(onCaller), describe(ahead), lang.getName());
        }
    }

    @Test
    void whatTheScreenRefusesIsRefusedThoughTheParserRanAhead() {
        byte[] text = large(Lang.TURTLE, subjects(Lang.TURTLE), "<https://example.org/x> <https://example.org/p> \"caf");
        byte[] latin1 = new byte[text.length + 4];
        System.arraycopy(text, 0, latin1, 0, text.length);
        System.arraycopy(new byte[] {(byte) 0xE9, '"', ' ', '.'}, 0, latin1, text.length, 4);
        byte[] deep = large(Lang.TURTLE, subjects(Lang.TURTLE),
                "<https://example.org/x> <https://example.org/p> " + "(".repeat(200) + ")".repeat(200) + " .\n");
        for (byte[] bytes : List.of(latin1, deep)) {
            RdfInputException onCaller = assertThrows(RdfInputException.class,
                    () -> RdfFiles.readGraph(bytes, Lang.TURTLE, "large", NO_CAP, ON_CALLER));
            RdfInputException ahead = assertThrows(RdfInputException.class,
                    () -> RdfFiles.readGraph(bytes, Lang.TURTLE, "large", NO_CAP, AHEAD));
            assertTrue(List.of("input.utf8", "input.depth").contains(onCaller.key()), describe(onCaller));
            assertEquals(describe(onCaller), describe(ahead));
        }
    }

    @Test
    void theTripleCapStopsAParseAhead() {
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
            byte[] bytes = large(lang, subjects(lang), "");
            for (long threshold : new long[] {ON_CALLER, AHEAD}) {
                RdfInputException e = assertThrows(RdfInputException.class,
                        () -> RdfFiles.readGraph(bytes, lang, "large", 5_000, threshold));
                assertInstanceOf(InputTooLargeException.class, e, lang.getName() + ": " + e.describe());
                assertEquals("input.tooManyTriples", e.key());
            }
            // A stopped parse leaves nothing behind that keeps the next one from reading.
            assertEquals(3 * subjects(lang), RdfFiles.readGraph(bytes, lang, "large", NO_CAP, AHEAD).size());
        }
    }

    /**
     * Enough resources for line-based syntaxes to fill the parser's queue (64 batches of 1,024 triples); fewer for
     * the syntaxes whose parsers are slow, which still hand over many batches.
     */
    private static int subjects(Lang lang) {
        return lang.equals(Lang.TURTLE) || lang.equals(Lang.NQUADS) ? 25_000 : 4_000;
    }

    /** {@code subjects} resources with three statements each, then {@code tail}, in {@code lang}. */
    private static byte[] large(Lang lang, int subjects, String tail) {
        StringBuilder b = new StringBuilder();
        if (lang.equals(Lang.RDFXML)) {
            b.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"https://example.org/\">\n");
            for (int i = 0; i < subjects; i++) {
                b.append("<rdf:Description rdf:about=\"https://example.org/r").append(i).append("\"><ex:n>").append(i)
                        .append("</ex:n><ex:label xml:lang=\"es\">recurso ").append(i)
                        .append("</ex:label><ex:next rdf:resource=\"https://example.org/r").append(i + 1)
                        .append("\"/></rdf:Description>\n");
            }
            return b.append("</rdf:RDF>\n").toString().getBytes(StandardCharsets.UTF_8);
        }
        if (lang.equals(Lang.JSONLD)) {
            b.append("[");
            for (int i = 0; i < subjects; i++) {
                b.append(i == 0 ? "" : ",").append("{\"@id\":\"https://example.org/r").append(i)
                        .append("\",\"https://example.org/n\":").append(i)
                        .append(",\"https://example.org/label\":{\"@value\":\"recurso ").append(i)
                        .append("\",\"@language\":\"es\"},\"https://example.org/next\":{\"@id\":\"https://example.org/r")
                        .append(i + 1).append("\"}}\n");
            }
            return b.append("]\n").toString().getBytes(StandardCharsets.UTF_8);
        }
        String graph = lang.equals(Lang.NQUADS) ? " <https://example.org/g" : "";
        for (int i = 0; i < subjects; i++) {
            String g = graph.isEmpty() ? "" : graph + (i % 3) + ">";
            String s = "<https://example.org/r" + i + "> ";
            b.append(s).append("<https://example.org/n> \"").append(i)
                    .append("\"^^<http://www.w3.org/2001/XMLSchema#integer>").append(g).append(" .\n");
            b.append(s).append("<https://example.org/label> \"recurso ").append(i).append("\"@es").append(g)
                    .append(" .\n");
            b.append(s).append("<https://example.org/next> <https://example.org/r").append(i + 1).append('>')
                    .append(g).append(" .\n");
        }
        return b.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String describe(RdfInputException e) {
        return e.getClass().getSimpleName() + " " + e.source() + ":" + e.line() + ":" + e.column() + " " + e.describe();
    }

    private record Outcome(Graph graph, String error) {
    }

    private static Outcome outcome(java.util.function.Supplier<Graph> read) {
        try {
            return new Outcome(read.get(), null);
        } catch (RdfInputException e) {
            return new Outcome(null, describe(e));
        }
    }
}
