package org.gcmkg.page;

import java.util.Comparator;

import org.gcmkg.text.Language;

import com.ibm.icu.text.Collator;

/** Orders text as readers of a language expect: accents and case after the letter, by ICU's collation rules. */
public final class Sorting {
    private Sorting() {
    }

    /** The order of text in {@code lang}. */
    public static Comparator<String> collator(UiLanguage lang) {
        return collator(lang.language());
    }

    /** The order of text in {@code language}. */
    public static Comparator<String> collator(Language language) {
        Collator c = Collator.getInstance(language.locale());
        c.setStrength(Collator.TERTIARY);
        Collator frozen = c.freeze();
        return frozen::compare;
    }
}
