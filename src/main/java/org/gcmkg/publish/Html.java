package org.gcmkg.publish;

import java.util.List;

import org.gcmkg.page.Layout;
import org.gcmkg.page.Markup;
import org.gcmkg.page.UiLanguage;

/**
 * Pieces of the linked-data pages: escaping, links and the page frame, which is the site's
 * shared {@link Layout} with this package's links to the other representations of a page.
 */
final class Html {
    private Html() {
    }

    /** Escapes text for element content and attribute values. */
    static String esc(String s) {
        return Markup.esc(s);
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
        return page(lang, title, alternates, selfPath, header, main,
                esc(lang.messages(Layout.AREA).format("layout.source.default")));
    }

    /** A whole page whose footer names its source with {@code sourceHtml}. */
    static String page(UiLanguage lang, String title, List<Representation> alternates, String selfPath,
            String header, String main, String sourceHtml) {
        StringBuilder head = new StringBuilder();
        for (Representation r : alternates) {
            head.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"")
                    .append(esc(formatLink(selfPath, r))).append("\">\n");
        }
        return Layout.page(lang, selfPath, title, head.toString(),
                "<div class=\"intro\">\n" + header + "</div>\n" + main, formats(lang, alternates, selfPath),
                sourceHtml);
    }

    /** The path that asks for a representation of the page at {@code selfPath}. */
    static String formatLink(String selfPath, Representation r) {
        return selfPath + (selfPath.contains("?") ? "&" : "?") + "format=" + r.formatName();
    }

    private static String formats(UiLanguage lang, List<Representation> alternates, String selfPath) {
        if (alternates.isEmpty()) {
            return "";
        }
        org.gcmkg.text.Messages m = lang.messages(Layout.AREA);
        StringBuilder b = new StringBuilder("<nav aria-label=\"").append(esc(m.format("layout.formats.nav")))
                .append("\"><h2>").append(esc(m.format("layout.formats.title")))
                .append("</h2>\n<ul>\n");
        for (Representation r : alternates) {
            b.append("<li><a href=\"").append(esc(formatLink(selfPath, r))).append("\" type=\"")
                    .append(r.mediaType()).append("\">").append(esc(r.label())).append("</a></li>\n");
        }
        return b.append("</ul></nav>\n").toString();
    }
}
