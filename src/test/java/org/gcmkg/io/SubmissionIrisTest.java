package org.gcmkg.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * A submission's IRIs are resolved with jena-iri3986 (faster than Jena's default jena-iri): every IRI resolves to
 * what the default gives, and what the default refuses is refused, in every syntax the gate reads with a base.
 */
class SubmissionIrisTest {
    private static final List<String> IRIS = List.of("x", "../x", "#frag", "//x/y", "?q", "", "report/a/../b",
            "https://w3id.org/gcm/report/x/../y", "urn:x", "urn:uuid:123", "mailto:a@b", "tag:x@y,2020:z",
            "https://example.org/ñandú", "https://example.org/%C3%B1", "https://example.org/a%20b",
            "https://w3id.org/gcm/x#y#z", "http:///x", "http:x", "http://EXAMPLE.org/", "HTTP://x.org/",
            "http://example.org:80/", "http://a/%zz", "http://a:b@c/", "http://[::1]/", "http://300.1.1.1/",
            "https://-x.org/", "https://example.org/a|b", "https://example.org/{x}", "http://x.org/a^b",
            "https://example.org/a`b", "http://a/\\u0041", "file:///etc/passwd", "jar:file:x!/y", "::x",
            "http://example.org/a b", "ht tp://x", "http://a/<b>");

    @Test
    void everyIriResolvesAsWithJenasDefault() {
        for (String iri : IRIS) {
            String turtle = "<https://example.org/s> <https://example.org/p> <" + iri + "> .\n";
            String xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                    + "xmlns:ex=\"https://example.org/\"><rdf:Description rdf:about=\"https://example.org/s\">"
                    + "<ex:p rdf:resource=\"" + iri.replace("<", "&lt;").replace("\\u0041", "A") + "\"/>"
                    + "</rdf:Description></rdf:RDF>\n";
            assertEquals(withJenasDefault(turtle, Lang.TURTLE), submitted(turtle, Lang.TURTLE), "Turtle <" + iri + ">");
            assertEquals(withJenasDefault(xml, Lang.RDFXML), submitted(xml, Lang.RDFXML), "RDF/XML " + iri);
        }
    }

    private static String submitted(String text, Lang lang) {
        try {
            Graph g = RdfFiles.readGraph(text.getBytes(StandardCharsets.UTF_8), lang, "iri", Long.MAX_VALUE);
            return g.find().next().getObject().toString();
        } catch (RdfInputException e) {
            return "refused";
        }
    }

    private static String withJenasDefault(String text, Lang lang) {
        ErrorHandler errors = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
            }

            @Override
            public void error(String message, long line, long col) {
                throw new RiotException(message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new RiotException(message);
            }
        };
        try {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(text, lang).base("https://w3id.org/gcm/").errorHandler(errors).strict(true).parse(g);
            return g.find().next().getObject().toString();
        } catch (RiotException e) {
            return "refused";
        }
    }
}
