package org.gcmkg.page;

import static org.gcmkg.page.Markup.esc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gcmkg.text.Messages;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The look every HTML page of the service shares, the web pages and the linked-data pages alike: one
 * stylesheet from {@code /assets/}, a header with the site's navigation and the language switch, a footer with
 * the service's links and the data licence. The page's own content goes in {@code main}.
 */
public final class Layout {
    /** The stylesheet of every page. */
    public static final String STYLESHEET = WebPaths.ASSETS + "site.css";
    /** The icon of every page, so that browsers do not ask for {@code /favicon.ico}. */
    public static final String ICON = WebPaths.ASSETS + "icon.svg";
    /** The message bundle of the frame, the error pages and the linked-data pages. */
    public static final String AREA = "pages";
    /**
     * What a page may load: only this service. Styles may be inline because the editor bundle sets them on its
     * elements; scripts may not.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'";

    private record Link(String path, String key) {
    }

    private static final List<Link> NAVIGATION = List.of(
            new Link(WebPaths.HOME, "layout.nav.home"),
            new Link(WebPaths.OBJECTIVES, "layout.nav.objectives"),
            new Link(WebPaths.EXPLORE, "layout.nav.query"),
            new Link(WebPaths.VALIDATOR, "layout.nav.validator"),
            new Link(Paths.CATALOG, "layout.nav.catalogue"),
            new Link(Paths.ONTOLOGY, "layout.nav.ontology"));

    private static final List<Link> SERVICE = List.of(
            new Link(Paths.SPARQL, "layout.service.sparql"),
            new Link(Paths.SPARQL_EXAMPLES, "layout.service.examples"),
            new Link(Paths.VOID, "layout.service.void"),
            new Link(Paths.SHAPES, "layout.service.shapes"),
            new Link(WebPaths.QUERIES, "layout.service.queries"),
            new Link(Paths.OPENAPI, "layout.service.openapi"));

    private Layout() {
    }

    /**
     * A whole page, whose footer names the source in general terms.
     *
     * @param lang    the interface language, which the root element declares
     * @param selfUrl the page's path and query, without {@code lang}: the language switch links to it
     * @param title   the page's title, as text
     * @param head    extra markup for the head (alternate links, scripts)
     * @param main    the markup of the main content, starting with its heading
     * @param footer  extra markup for the start of the footer, or an empty string
     */
    public static String page(UiLanguage lang, String selfUrl, String title, String head, String main,
            String footer) {
        return page(lang, selfUrl, title, head, main, footer,
                esc(lang.messages(AREA).format("layout.source.default")));
    }

    /**
     * A whole page whose footer names its source with {@code sourceHtml}, such as the report editions whose data
     * the page shows.
     */
    public static String page(UiLanguage lang, String selfUrl, String title, String head, String main,
            String footer, String sourceHtml) {
        Messages m = lang.messages(AREA);
        String path = selfUrl.contains("?") ? selfUrl.substring(0, selfUrl.indexOf('?')) : selfUrl;
        StringBuilder b = new StringBuilder(main.length() + 4096);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\">\n<title>").append(esc(m.format("layout.title", "title", title))).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n")
                .append("<link rel=\"icon\" href=\"").append(ICON).append("\" type=\"image/svg+xml\">\n")
                .append(head)
                .append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">")
                .append(esc(m.format("layout.skip"))).append("</a>\n")
                .append("<header class=\"site\">\n<div class=\"bar\">\n<p class=\"brand\"><a href=\"/\">gcm-kg</a> <span>")
                .append(esc(m.format("layout.tagline"))).append("</span></p>\n")
                .append(languageSwitch(lang, selfUrl))
                .append("</div>\n<nav class=\"main-nav\" aria-label=\"")
                .append(esc(m.format("layout.nav.site"))).append("\">\n<ul>\n");
        for (Link l : NAVIGATION) {
            b.append("<li><a href=\"").append(esc(l.path)).append("\"")
                    .append(isCurrent(l.path, path) ? " aria-current=\"page\"" : "").append(">")
                    .append(esc(m.format(l.key))).append("</a></li>\n");
        }
        b.append("</ul>\n</nav>\n</header>\n<main id=\"main\">\n").append(main).append("</main>\n")
                .append("<footer class=\"site\">\n").append(footer)
                .append("<nav aria-label=\"").append(esc(m.format("layout.nav.service"))).append("\">\n<h2>")
                .append(esc(m.format("layout.nav.service"))).append("</h2>\n<ul>\n");
        for (Link l : SERVICE) {
            b.append("<li><a href=\"").append(esc(l.path)).append("\">").append(esc(m.format(l.key)))
                    .append("</a></li>\n");
        }
        b.append("</ul>\n</nav>\n<p>").append(esc(m.format("layout.licence")))
                .append(": <a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a>. ")
                .append("<span class=\"source\">").append(sourceHtml).append("</span>")
                .append("</p>\n</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    /**
     * The path and query of a request without its {@code lang} parameter, for the language switch: switching
     * keeps the rest of the page's state, such as the query in the query page.
     */
    public static String selfUrl(HttpServletRequest req) {
        String query = req.getQueryString();
        if (query == null || query.isEmpty()) {
            return req.getRequestURI();
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
            if (!name.equals("lang") && !pair.isEmpty()) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? req.getRequestURI() : req.getRequestURI() + "?" + String.join("&", kept);
    }

    private static String languageSwitch(UiLanguage current, String selfUrl) {
        StringBuilder b = new StringBuilder("<nav class=\"languages\" aria-label=\"")
                .append(esc(current.messages(AREA).format("layout.nav.languages"))).append("\">\n<ul>\n");
        for (UiLanguage l : UiLanguage.values()) {
            String href = selfUrl + (selfUrl.contains("?") ? "&" : "?") + "lang=" + l.code();
            b.append("<li><a href=\"").append(esc(href)).append("\" hreflang=\"").append(l.code())
                    .append("\" lang=\"").append(l.code()).append("\"")
                    .append(l == current ? " aria-current=\"true\"" : "").append(">")
                    .append(l == UiLanguage.EN ? "English" : "Español").append("</a></li>\n");
        }
        return b.append("</ul>\n</nav>\n").toString();
    }

    private static boolean isCurrent(String link, String path) {
        return link.equals(path);
    }
}
