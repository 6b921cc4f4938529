package org.gcmkg.publish;

import java.util.List;

import org.gcmkg.page.Layout;
import org.gcmkg.page.Markup;
import org.gcmkg.page.UiLanguage;

/**
 * Pieces of the linked-data pages: escaping, bilingual interface text and the page frame, which is the site's
 * shared {@link Layout} with this package's links to the other representations of a page.
 */
final class Html {
    private Html() {
    }

    /** Escapes text for element content and attribute values. */
    static String esc(String s) {
        return Markup.esc(s);
    }

    /**
     * Interface text in English and Spanish, each marked with its language. The stylesheet shows the one of the
     * page's language; without styles, both are read.
     */
    static String both(String en, String es) {
        return "<span class=\"both\"><span lang=\"en\">" + esc(en) + "</span><span class=\"sep\"> · </span>"
                + "<span lang=\"es\">" + esc(es) + "</span></span>";
    }

    /** A link for people: only http(s) targets and server paths become links; anything else stays text. */
    static String link(String href, String innerHtml) {
        if (href.startsWith("/") || href.startsWith("http://") || href.startsWith("https://")) {
            return "<a href=\"" + esc(href) + "\">" + innerHtml + "</a>";
        }
        return innerHtml;
    }

    /**
     * A whole page.
     *
     * @param lang       the interface language
     * @param title      the text of the title element
     * @param alternates the other representations, as {@code <link rel="alternate">} elements
     * @param selfPath   the path of the page, to which {@code ?format=} is added for the alternates
     * @param header     the page's heading and introduction
     * @param main       the page's content
     */
    static String page(UiLanguage lang, String title, List<Representation> alternates, String selfPath,
            String header, String main) {
        StringBuilder head = new StringBuilder();
        for (Representation r : alternates) {
            head.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"")
                    .append(esc(formatLink(selfPath, r))).append("\">\n");
        }
        return Layout.page(lang, selfPath, title, head.toString(),
                "<div class=\"intro\">\n" + header + "</div>\n" + main, formats(lang, alternates, selfPath));
    }

    /** The path that asks for a representation of the page at {@code selfPath}. */
    static String formatLink(String selfPath, Representation r) {
        return selfPath + (selfPath.contains("?") ? "&" : "?") + "format=" + r.formatName();
    }

    private static String formats(UiLanguage lang, List<Representation> alternates, String selfPath) {
        if (alternates.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<nav aria-label=\"").append(esc(lang.text("Formats", "Formatos")))
                .append("\"><h2>").append(esc(lang.text("This page as data", "Esta página como datos")))
                .append("</h2>\n<ul>\n");
        for (Representation r : alternates) {
            b.append("<li><a href=\"").append(esc(formatLink(selfPath, r))).append("\" type=\"")
                    .append(r.mediaType()).append("\">").append(esc(r.label())).append("</a></li>\n");
        }
        return b.append("</ul></nav>\n").toString();
    }
}
