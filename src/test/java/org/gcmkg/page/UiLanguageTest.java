package org.gcmkg.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Choosing the interface language from an {@code Accept-Language} header. */
class UiLanguageTest {
    @Test
    void theFirstOfOurLanguagesByQualityWins() {
        assertEquals(Optional.of(UiLanguage.ES), UiLanguage.fromAcceptLanguage("es-MX,es;q=0.9,en;q=0.8"));
        assertEquals(Optional.of(UiLanguage.EN), UiLanguage.fromAcceptLanguage("fr-FR, fr;q=0.9, en;q=0.5, es;q=0.4"));
        assertEquals(Optional.of(UiLanguage.ES), UiLanguage.fromAcceptLanguage("en;q=0.3, es"));
        assertEquals(Optional.of(UiLanguage.EN), UiLanguage.fromAcceptLanguage("en-GB,es"));
    }

    @Test
    void otherLanguagesRefusalsAndNonsenseChooseNothing() {
        assertEquals(Optional.empty(), UiLanguage.fromAcceptLanguage("fr, de;q=0.5"));
        assertEquals(Optional.empty(), UiLanguage.fromAcceptLanguage("es;q=0"));
        assertEquals(Optional.empty(), UiLanguage.fromAcceptLanguage(null));
        assertEquals(Optional.of(UiLanguage.EN), UiLanguage.fromAcceptLanguage("es;q=x, en"));
        assertEquals(Optional.empty(), UiLanguage.ofTag("est"));
    }
}
