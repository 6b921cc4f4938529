package org.gcmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.MessageFormat;

class MessagesTest {

    @Test
    void pluralFormsFollowEachLanguage() {
        Messages en = Messages.of("common", Language.EN);
        Messages es = Messages.of("common", Language.ES);
        assertEquals("1 violation", en.format("violations", "count", 1));
        assertEquals("2 violations", en.format("violations", "count", 2));
        assertEquals("0 violations", en.format("violations", "count", 0));
        assertEquals("1 infracción", es.format("violations", "count", 1));
        assertEquals("3 infracciones", es.format("violations", "count", 3));
        assertEquals("12,345 triples", en.format("triples", "count", 12345));
        assertEquals("12.345 tripletas", es.format("triples", "count", 12345));
    }

    @Test
    void unknownKeysAndOddArgumentsAreRefused() {
        Messages en = Messages.of("common", Language.EN);
        assertThrows(IllegalArgumentException.class, () -> en.format("no-such-key"));
        assertThrows(IllegalArgumentException.class, () -> en.format("violations", "count"));
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguagesAndEveryPatternParses() throws IOException, URISyntaxException {
        Path dir = Path.of(Messages.class.getResource("common_en.properties").toURI()).getParent();
        List<String> areas;
        try (Stream<Path> files = Files.list(dir)) {
            areas = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("_en.properties"))
                    .map(n -> n.substring(0, n.length() - "_en.properties".length()))
                    .sorted().toList();
        }
        assertFalse(areas.isEmpty());
        for (String area : areas) {
            Messages en = Messages.of(area, Language.EN);
            Messages es = Messages.of(area, Language.ES);
            assertEquals(en.keys(), es.keys(), "keys of bundle " + area + " in English and Spanish");
            for (Messages m : List.of(en, es)) {
                for (String key : m.keys()) {
                    String where = area + "_" + m.language().code() + ":" + key;
                    assertFalse(m.pattern(key).isBlank(), where + " is empty");
                    new MessageFormat(m.pattern(key), m.language().locale());
                }
            }
        }
    }

    @Test
    void acceptLanguageChoosesOurBestLanguage() {
        assertEquals(Optional.of(Language.ES), Language.fromAcceptLanguage("fr-FR, es;q=0.8, en;q=0.5"));
        assertEquals(Optional.of(Language.EN), Language.fromAcceptLanguage("es;q=0, en-GB"));
        assertEquals(Optional.empty(), Language.fromAcceptLanguage("fr, de"));
        assertEquals(Optional.of(Language.ES), Language.ofTag("es-MX"));
    }
}
