package org.gcmkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Choosing a representation from Accept and ?format=. */
class ContentNegotiationTest {
    /** The order the resource pages offer. */
    private static final List<Representation> OFFERED = List.of(Representation.TURTLE, Representation.HTML,
            Representation.JSON_LD, Representation.RDF_XML, Representation.N_TRIPLES);

    private static Optional<Representation> choose(String accept, String format) {
        return ContentNegotiation.choose(accept, format, OFFERED);
    }

    @Test
    void exactTypesAreHonoured() {
        assertEquals(Representation.TURTLE, choose("text/turtle", null).orElseThrow());
        assertEquals(Representation.JSON_LD, choose("application/ld+json", null).orElseThrow());
        assertEquals(Representation.RDF_XML, choose("application/rdf+xml", null).orElseThrow());
        assertEquals(Representation.N_TRIPLES, choose("application/n-triples", null).orElseThrow());
        assertEquals(Representation.HTML, choose("text/html", null).orElseThrow());
    }

    @Test
    void aBrowserGetsHtmlAndAProgramThatTakesAnythingGetsTurtle() {
        assertEquals(Representation.HTML, choose(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8", null).orElseThrow());
        assertEquals(Representation.TURTLE, choose("*/*", null).orElseThrow());
        assertEquals(Representation.TURTLE, choose(null, null).orElseThrow());
    }

    @Test
    void qualityValuesAndSpecificityDecide() {
        assertEquals(Representation.JSON_LD,
                choose("text/turtle;q=0.5, application/ld+json;q=0.9", null).orElseThrow());
        // The specific range (q=0) overrides the wildcard for Turtle; the next type in the server's order wins.
        assertEquals(Representation.HTML, choose("text/turtle;q=0, */*", null).orElseThrow());
        assertEquals(Representation.TURTLE, choose("text/*", null).orElseThrow());
        assertEquals(Representation.RDF_XML, choose("application/rdf+xml, application/*;q=0.2", null)
                .orElseThrow());
    }

    @Test
    void formatParameterOverridesAccept() {
        assertEquals(Representation.N_TRIPLES, choose("text/html", "nt").orElseThrow());
        assertEquals(Representation.JSON_LD, choose("text/html", "application/ld+json").orElseThrow());
        assertEquals(Representation.TURTLE, choose(null, "TTL").orElseThrow());
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertTrue(choose("image/png", null).isEmpty());
        assertTrue(choose("text/turtle;q=0", null).isEmpty());
        assertTrue(choose("text/turtle", "pdf").isEmpty());
    }
}
