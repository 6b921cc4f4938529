package org.gcmkg.text;

import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.util.ULocale;

/** The two languages the service speaks to people: English and Spanish. */
public enum Language {
    /** English. */
    EN("en"),
    /** Spanish. */
    ES("es");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The BCP 47 tag, as in {@code lang} attributes and language-tagged literals. */
    public String code() {
        return code;
    }

    /** The locale for formatting numbers, plurals and sorting. */
    public ULocale locale() {
        return new ULocale(code);
    }

    /** The language named by a tag such as {@code es-MX} or {@code EN}, if it is one of ours. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (t.equals(l.code) || t.startsWith(l.code + "-")) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The first of our languages in an {@code Accept-Language} header, by quality and then by order, if any.
     * Entries with {@code q=0} are refused ones and never chosen.
     */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Language best = null;
        double bestQuality = 0;
        for (String part : header.split(",")) {
            String[] pieces = part.split(";", -1);
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            Optional<Language> l = ofTag(pieces[0]);
            if (l.isPresent() && quality > bestQuality) {
                best = l.get();
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }
}
