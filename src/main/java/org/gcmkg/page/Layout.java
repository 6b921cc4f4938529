package org.gcmkg.page;

import static org.gcmkg.page.Markup.esc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;


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
    /**
     * What a page may load: only this service. Styles may be inline because the editor bundle sets them on its
     * elements; scripts may not.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'";

    private record Link(String path, String en, String es) {
    }

    private static final List<Link> NAVIGATION = List.of(
            new Link(WebPaths.HOME, "Home", "Inicio"),
            new Link(WebPaths.OBJECTIVES, "Objectives", "Objetivos"),
            new Link(WebPaths.EXPLORE, "Query", "Consultar"),
            new Link(WebPaths.VALIDATOR, "Validator", "Validador"),
            new Link(Paths.CATALOG, "Catalogue and downloads", "Catálogo y descargas"),
            new Link(Paths.ONTOLOGY, "Ontology", "Ontología"));

    private static final List<Link> SERVICE = List.of(
            new Link(Paths.SPARQL, "SPARQL endpoint", "Punto de acceso SPARQL"),
            new Link(Paths.SPARQL_EXAMPLES, "Example queries (RDF)", "Consultas de ejemplo (RDF)"),
            new Link(Paths.VOID, "VoID description", "Descripción VoID"),
            new Link(Paths.SHAPES, "SHACL shapes", "Formas SHACL"),
            new Link(WebPaths.QUERIES, "Named queries (JSON)", "Consultas con nombre (JSON)"));

    private Layout() {
    }

    /**
     * A whole page.
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
        String path = selfUrl.contains("?") ? selfUrl.substring(0, selfUrl.indexOf('?')) : selfUrl;
        StringBuilder b = new StringBuilder(main.length() + 4096);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\">\n<title>").append(esc(title)).append(" — gcm-kg</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n")
                .append("<link rel=\"icon\" href=\"").append(ICON).append("\" type=\"image/svg+xml\">\n")
                .append(head)
                .append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">")
                .append(esc(lang.text("Skip to content", "Saltar al contenido"))).append("</a>\n")
                .append("<header class=\"site\">\n<div class=\"bar\">\n<p class=\"brand\"><a href=\"/\">gcm-kg</a> <span>")
                .append(esc(lang.text("Global Compact for Migration follow-up data",
                        "Datos de seguimiento del Pacto Mundial para la Migración"))).append("</span></p>\n")
                .append(languageSwitch(lang, selfUrl))
                .append("</div>\n<nav class=\"main-nav\" aria-label=\"")
                .append(esc(lang.text("Site", "Sitio"))).append("\">\n<ul>\n");
        for (Link l : NAVIGATION) {
            b.append("<li><a href=\"").append(esc(l.path)).append("\"")
                    .append(isCurrent(l.path, path) ? " aria-current=\"page\"" : "").append(">")
                    .append(esc(lang.text(l.en, l.es))).append("</a></li>\n");
        }
        b.append("</ul>\n</nav>\n</header>\n<main id=\"main\">\n").append(main).append("</main>\n")
                .append("<footer class=\"site\">\n").append(footer)
                .append("<nav aria-label=\"").append(esc(lang.text("Service", "Servicio"))).append("\">\n<h2>")
                .append(esc(lang.text("Service", "Servicio"))).append("</h2>\n<ul>\n");
        for (Link l : SERVICE) {
            b.append("<li><a href=\"").append(esc(l.path)).append("\">").append(esc(lang.text(l.en, l.es)))
                    .append("</a></li>\n");
        }
        b.append("</ul>\n</nav>\n<p>").append(esc(lang.text("Data licence", "Licencia de los datos")))
                .append(": <a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a>. ")
                .append(esc(lang.text("Source: Informe Ejecutivo 2020, Unidad de Política Migratoria, Registro e "
                        + "Identidad de Personas (UPMRIP), Secretaría de Gobernación, Mexico.",
                        "Fuente: Informe Ejecutivo 2020, Unidad de Política Migratoria, Registro e Identidad de "
                                + "Personas (UPMRIP), Secretaría de Gobernación, México.")))
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
        StringBuilder b = new StringBuilder("<nav class=\"languages\" aria-label=\"Language · Idioma\">\n<ul>\n");
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
