package org.gcmkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Server paths and data IRIs. */
class IriMappingTest {
    private final IriMapping iris = new IriMapping("https://w3id.org/gcm/");

    @Test
    void pathsMapToIrisAndBack() {
        assertEquals("https://w3id.org/gcm/objective/7", iris.iriOf("/objective/7"));
        assertEquals("/objective/7", iris.pathOf("https://w3id.org/gcm/objective/7").orElseThrow());
        assertEquals("/ontology#Objective", iris.pathOf("https://w3id.org/gcm/ontology#Objective").orElseThrow());
        assertTrue(iris.pathOf("http://metadata.un.org/sdg/10.c").isEmpty());
    }

    @Test
    void percentEncodedPathsGiveTheIrisCharacters() {
        assertEquals("https://w3id.org/gcm/institution/polic\u00eda", iris.iriOf("/institution/polic%C3%ADa"));
    }

    @Test
    void aBaseMustBeAnHttpIriEndingWithASlash() {
        assertThrows(IllegalArgumentException.class, () -> new IriMapping("https://w3id.org/gcm"));
        assertThrows(IllegalArgumentException.class, () -> new IriMapping("ftp://example.org/"));
        assertThrows(IllegalArgumentException.class, () -> new IriMapping("not an iri/"));
    }
}
