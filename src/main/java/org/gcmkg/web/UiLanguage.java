package org.gcmkg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of the interface, English or Spanish. A page takes it from {@code ?lang=} (the language switch),
 * then from the cookie the switch leaves, then from the browser's {@code Accept-Language}; English otherwise.
 */
public enum UiLanguage {
    /** English. */
    EN("en"),
    /** Spanish. */
    ES("es");

    /** The cookie that keeps the choice made with the switch, so that the next page is in the same language. */
    public static final String COOKIE = "lang";
    /** The request headers a page's language depends on, for {@code Vary}. */
    public static final String VARY = "Accept-Language, Cookie";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

    private final String code;

    UiLanguage(String code) {
        this.code = code;
    }

    /** The BCP 47 tag, as in {@code lang} attributes. */
    public String code() {
        return code;
    }

    /** The text in this language. */
    public String text(String en, String es) {
        return this == ES ? es : en;
    }

    /** The other language, which the switch offers. */
    public UiLanguage other() {
        return this == ES ? EN : ES;
    }

    /** The language named by a tag such as {@code es-MX}, if it is one of ours. */
    public static Optional<UiLanguage> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        for (UiLanguage l : values()) {
            if (t.equals(l.code) || t.startsWith(l.code + "-")) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The language of a page answering {@code req}. When the request chose one with {@code ?lang=}, the choice is
     * kept in a cookie for the pages that follow.
     */
    public static UiLanguage of(HttpServletRequest req, HttpServletResponse resp) {
        Optional<UiLanguage> asked = ofTag(req.getParameter("lang"));
        if (asked.isPresent()) {
            Cookie cookie = new Cookie(COOKIE, asked.get().code);
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR_SECONDS);
            cookie.setAttribute("SameSite", "Lax");
            resp.addCookie(cookie);
            return asked.get();
        }
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                Optional<UiLanguage> kept = COOKIE.equals(c.getName()) ? ofTag(c.getValue()) : Optional.empty();
                if (kept.isPresent()) {
                    return kept.get();
                }
            }
        }
        return fromAcceptLanguage(req.getHeader("Accept-Language")).orElse(EN);
    }

    /** The first of our languages in an {@code Accept-Language} header, by quality and then by order. */
    static Optional<UiLanguage> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        record Ranked(UiLanguage language, double q, int position) {
        }
        List<Ranked> ranked = new ArrayList<>();
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            Optional<UiLanguage> l = ofTag(pieces[0]);
            if (l.isEmpty()) {
                continue;
            }
            double q = 1;
            for (int j = 1; j < pieces.length; j++) {
                String p = pieces[j].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                ranked.add(new Ranked(l.get(), q, i));
            }
        }
        return ranked.stream().sorted(Comparator.comparingDouble(Ranked::q).reversed()
                .thenComparingInt(Ranked::position)).map(Ranked::language).findFirst();
    }
}
