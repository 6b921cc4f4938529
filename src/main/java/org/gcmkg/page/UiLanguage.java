package org.gcmkg.page;

import java.util.Optional;

import org.gcmkg.text.Language;

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

    /** The language of messages, number formats and sorting that this one is. */
    public Language language() {
        return this == ES ? Language.ES : Language.EN;
    }

    /** The interface language for a language of messages. */
    public static UiLanguage of(Language language) {
        return language == Language.ES ? ES : EN;
    }

    /** The language named by a tag such as {@code es-MX}, if it is one of ours. */
    public static Optional<UiLanguage> ofTag(String tag) {
        return Language.ofTag(tag).map(UiLanguage::of);
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
    public static Optional<UiLanguage> fromAcceptLanguage(String header) {
        return Language.fromAcceptLanguage(header).map(UiLanguage::of);
    }
}
