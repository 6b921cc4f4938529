package org.gcmkg.publish;

import java.util.List;

/** Pieces of the server-rendered pages: escaping, the page frame and the bilingual interface text. */
final class Html {
    /** A short stylesheet inside the page, so that no other host is asked for anything. */
    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1b1b1b;"
                    + "line-height:1.45}",
            "header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}",
            "header{border-bottom:1px solid #ccc;padding-bottom:.5rem}",
            ".site{margin:.75rem 0 0;font-size:.9rem}",
            "h1{margin:.5rem 0 .25rem;font-size:1.6rem}",
            ".secondary{margin:0 0 .5rem;font-size:1.15rem;color:#444}",
            ".iri{font-family:ui-monospace,monospace;font-size:.85rem;word-break:break-all;color:#333}",
            "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}",
            "th,td{border-top:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}",
            "th[scope=row]{width:25%;font-weight:600}",
            "td table{margin:0;font-size:.95rem}",
            "ul.values{margin:0;padding-left:1.1rem}",
            "small,.dt{color:#555}",
            "pre{white-space:pre-wrap;background:#f5f5f5;padding:.5rem;margin:0;font-size:.85rem}",
            "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}",
            "footer{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem}",
            "a{color:#0b57a4}",
            ".note{background:#fff8e1;padding:.5rem}",
            "section.term{border-top:1px solid #ddd;margin-top:1rem}");

    private Html() {
    }

    /** Escapes text for element content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Interface text in English and Spanish, each marked with its language. */
    static String both(String en, String es) {
        return "<span lang=\"en\">" + esc(en) + "</span> · <span lang=\"es\">" + esc(es) + "</span>";
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
     * @param title      the text of the title element
     * @param alternates the other representations, as {@code <link rel="alternate">} elements
     * @param selfPath   the path of the page, to which {@code ?format=} is added for the alternates
     * @param header     the inner HTML of the header, after the site line
     * @param main       the inner HTML of the main element
     */
    static String page(String title, List<Representation> alternates, String selfPath, String header, String main) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append(" — gcm-kg</title>\n");
        for (Representation r : alternates) {
            b.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"")
                    .append(esc(formatLink(selfPath, r))).append("\">\n");
        }
        b.append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<header>\n")
                .append("<p class=\"site\"><a href=\"/\">gcm-kg</a> — ")
                .append(both("Global Compact for Migration follow-up data",
                        "datos de seguimiento del Pacto Mundial para la Migración"))
                .append("</p>\n").append(header).append("</header>\n<main>\n").append(main).append("</main>\n")
                .append(footer(alternates, selfPath)).append("</body>\n</html>\n");
        return b.toString();
    }

    /** The path that asks for a representation of the page at {@code selfPath}. */
    static String formatLink(String selfPath, Representation r) {
        return selfPath + (selfPath.contains("?") ? "&" : "?") + "format=" + r.formatName();
    }

    private static String footer(List<Representation> alternates, String selfPath) {
        StringBuilder b = new StringBuilder("<footer>\n");
        if (!alternates.isEmpty()) {
            b.append("<nav aria-label=\"Formats\"><h2>").append(both("This page as data", "Esta página como datos"))
                    .append("</h2>\n<ul>\n");
            for (Representation r : alternates) {
                b.append("<li><a href=\"").append(esc(formatLink(selfPath, r))).append("\" type=\"")
                        .append(r.mediaType()).append("\">").append(esc(r.label())).append("</a></li>\n");
            }
            b.append("</ul></nav>\n");
        }
        b.append("<nav aria-label=\"Service\"><h2>").append(both("Service", "Servicio")).append("</h2>\n<ul>\n")
                .append(item(Paths.SPARQL, "SPARQL endpoint", "punto de acceso SPARQL"))
                .append(item(Paths.SPARQL_EXAMPLES, "Example queries", "consultas de ejemplo"))
                .append(item(Paths.CATALOG, "DCAT catalogue and downloads", "catálogo DCAT y descargas"))
                .append(item(Paths.VOID, "VoID description", "descripción VoID"))
                .append(item(Paths.ONTOLOGY, "Ontology", "ontología"))
                .append("</ul></nav>\n<p>").append(both("Data licence", "Licencia de los datos"))
                .append(": <a href=\"").append(esc(Vocab.CC_BY_4.getURI())).append("\">CC BY 4.0</a></p>\n")
                .append("</footer>\n");
        return b.toString();
    }

    private static String item(String path, String en, String es) {
        return "<li><a href=\"" + esc(path) + "\">" + both(en, es) + "</a></li>\n";
    }
}
