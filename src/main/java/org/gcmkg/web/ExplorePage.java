package org.gcmkg.web;

import static org.gcmkg.page.Markup.esc;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gcmkg.page.Paths;
import org.gcmkg.query.NamedQueries;
import org.gcmkg.query.NamedQuery;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.page.Layout;
import org.gcmkg.page.HtmlResponse;
import org.gcmkg.page.WebPaths;

/**
 * The query page: a SPARQL editor and result view (YASGUI) on this service's endpoint, beside the example
 * queries (the named queries, with their descriptions), a permalink for the current query and downloads of its
 * results as CSV and JSON. {@code ?query=TEXT} opens a query and runs it; {@code ?example=NAME} does the same
 * for an example.
 */
final class ExplorePage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.?!])(\\s|$)");
    private final transient NamedQueries queries;

    ExplorePage(NamedQueries queries) {
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UiLanguage lang = UiLanguage.of(req, resp);
        String head = "<link rel=\"stylesheet\" href=\"" + WebPaths.ASSETS + "yasgui/yasgui.min.css\">\n"
                + "<script src=\"" + WebPaths.ASSETS + "yasgui/yasgui.min.js\" defer></script>\n"
                + "<script src=\"" + WebPaths.ASSETS + "explore.js\" defer></script>\n";
        StringBuilder main = new StringBuilder();
        main.append("<h1>").append(esc(lang.text("Query the data with SPARQL", "Consultar los datos con SPARQL")))
                .append("</h1>\n<p class=\"lead\">")
                .append(esc(lang.text("Write a query or start from an example. Queries go to this service's "
                        + "read-only endpoint, ", "Escriba una consulta o parta de un ejemplo. Las consultas van al "
                        + "punto de acceso de solo lectura de este servicio, ")))
                .append("<code>").append(esc(Paths.SPARQL)).append("</code>.</p>\n")
                .append("<div class=\"explore\">\n<section aria-labelledby=\"examples-title\">\n")
                .append("<h2 id=\"examples-title\">").append(esc(lang.text("Example queries", "Consultas de ejemplo")))
                .append("</h2>\n<p class=\"muted\">")
                .append(esc(lang.text("Each reproduces a table or a figure of the report, or reads the curated "
                        + "actions. Choose one to load it into the editor and run it.",
                        "Cada una reproduce una tabla o cifra del informe, o lee las acciones curadas. Elija una "
                        + "para cargarla en el editor y ejecutarla.")))
                .append("</p>\n<ul class=\"examples\">\n");
        for (NamedQuery q : queries.all()) {
            example(main, q, lang);
        }
        main.append("</ul>\n</section>\n<section aria-labelledby=\"editor-title\">\n<h2 id=\"editor-title\">")
                .append(esc(lang.text("Editor and results", "Editor y resultados"))).append("</h2>\n")
                .append("<div class=\"toolbar\">\n<a id=\"permalink\" class=\"button\" href=\"")
                .append(WebPaths.EXPLORE).append("\">")
                .append(esc(lang.text("Permalink to this query", "Enlace permanente a esta consulta")))
                .append("</a>\n<button type=\"button\" class=\"action\" id=\"download-csv\">")
                .append(esc(lang.text("Download results as CSV", "Descargar resultados en CSV")))
                .append("</button>\n<button type=\"button\" class=\"action\" id=\"download-json\">")
                .append(esc(lang.text("Download results as JSON", "Descargar resultados en JSON")))
                .append("</button>\n<span id=\"status\" class=\"status\" role=\"status\"></span>\n</div>\n")
                .append("<div id=\"yasgui\" data-endpoint=\"").append(esc(Paths.SPARQL))
                .append("\" data-prefixes=\"").append(WebPaths.ASSETS).append("prefixes.json\"></div>\n")
                .append("<noscript><p class=\"note\">")
                .append(esc(lang.text("The editor needs JavaScript. Without it, send a query to the endpoint "
                        + "with ?query= (GET) or in the body (POST).", "El editor necesita JavaScript. Sin él, envíe "
                        + "una consulta al punto de acceso con ?query= (GET) o en el cuerpo (POST).")))
                .append("</p></noscript>\n</section>\n</div>\n")
                .append(ScriptText.of(lang)
                        .put("defaultQuery", defaultQuery(lang))
                        .put("downloading", lang.text("Downloading…", "Descargando…"))
                        .put("downloaded", lang.text("Downloaded.", "Descargado."))
                        .put("running", lang.text("Running the query…", "Ejecutando la consulta…"))
                        .put("failed", lang.text("The request failed: ", "La petición falló: "))
                        .put("noQuery", lang.text("Write a query first.", "Escriba primero una consulta."))
                        .toHtml("explore-text"));
        HtmlResponse.send(resp, lang, "", Layout.page(lang, Layout.selfUrl(req),
                lang.text("Query", "Consultar"), head, main.toString(), ""));
    }

    private static void example(StringBuilder b, NamedQuery q, UiLanguage lang) {
        boolean spanish = lang == UiLanguage.ES && !q.descriptionEs().isBlank();
        String description = (spanish ? q.descriptionEs() : q.description()).replaceAll("\\s*\\n\\s*", " ").strip();
        String langAttr = lang == UiLanguage.ES && !spanish ? " lang=\"en\"" : "";
        Matcher sentence = FIRST_SENTENCE.matcher(description);
        String summary = sentence.find() ? sentence.group(1) : description;
        String rest = description.substring(summary.length()).strip();
        b.append("<li data-name=\"").append(esc(q.name())).append("\">\n")
                .append("<button type=\"button\" class=\"example\" data-name=\"").append(esc(q.name()))
                .append("\" data-sparql=\"").append(esc(q.sparql())).append("\"").append(langAttr).append(">")
                .append(esc(summary)).append("</button>\n<p><code>").append(esc(q.name())).append("</code>");
        if (!rest.isEmpty()) {
            b.append("</p>\n<details><summary>").append(esc(lang.text("More", "Más"))).append("</summary><p")
                    .append(langAttr).append(">").append(esc(rest)).append("</p></details>\n");
        } else {
            b.append("</p>\n");
        }
        b.append("</li>\n");
    }

    /** What a new editor tab holds: the objectives and their titles in the page's language. */
    private static String defaultQuery(UiLanguage lang) {
        return String.join("\n",
                "PREFIX gcm:  <https://w3id.org/gcm/ontology#>",
                "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
                "PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>",
                "",
                "# " + lang.text("The objectives of the Compact with their titles",
                        "Los objetivos del Pacto con sus títulos"),
                "SELECT ?objective ?notation ?title",
                "WHERE {",
                "  ?objective a gcm:Objective ;",
                "             skos:notation ?notation ;",
                "             skos:prefLabel ?title .",
                "  FILTER (lang(?title) = \"" + lang.code() + "\")",
                "}",
                "ORDER BY xsd:integer(?notation)");
    }
}
