package org.gcmkg.web;

import static org.gcmkg.page.Markup.esc;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gcmkg.publish.Dump;
import org.gcmkg.publish.IriMapping;
import org.gcmkg.page.Paths;
import org.gcmkg.publish.Publication;
import org.gcmkg.publish.Representation;
import org.gcmkg.query.NamedQuery;
import org.gcmkg.web.SelectQuery.Row;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.page.Layout;
import org.gcmkg.page.HtmlResponse;
import org.gcmkg.page.WebPaths;

/**
 * The home page: what the dataset is, its headline figures read from the data with SPARQL on every request,
 * and the ways in (charts, queries, validator, catalogue, downloads, ontology). The root path's RDF
 * representations are the catalogue's; this page links to them.
 */
final class HomePage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final List<Representation> RDF = List.of(Representation.TURTLE, Representation.JSON_LD,
            Representation.RDF_XML, Representation.N_TRIPLES);

    private final transient Publication publication;
    private final transient SelectQuery facts = SelectQuery.resource("home");
    private final transient SelectQuery headline;

    HomePage(Publication publication) {
        this.publication = publication;
        NamedQuery named = publication.queries().get("headline-figures")
                .orElseThrow(() -> new IllegalStateException("the named query headline-figures is missing"));
        this.headline = SelectQuery.of(named.name(), named.sparql());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UiLanguage lang = UiLanguage.of(req, resp);
        long timeout = publication.settings().queryTimeoutMillis();
        Optional<Row> about = facts.run(publication.dataset(), timeout).stream().findFirst();
        Optional<Row> figures = headline.run(publication.dataset(), timeout).stream().findFirst();
        StringBuilder head = new StringBuilder();
        for (Representation r : RDF) {
            head.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"/?format=")
                    .append(r.formatName()).append("\">\n");
        }
        resp.setHeader("Link", RDF.stream().map(r -> "</?format=" + r.formatName() + ">; rel=\"alternate\"; type=\""
                + r.mediaType() + "\"").collect(Collectors.joining(", ")));
        HtmlResponse.send(resp, lang, "Accept", Layout.page(lang, Layout.selfUrl(req),
                lang.text("GCM follow-up data", "Datos de seguimiento del PMM"), head.toString(),
                main(lang, about, figures), ""));
    }

    private String main(UiLanguage lang, Optional<Row> about, Optional<Row> figures) {
        IriMapping iris = publication.settings().iris();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(lang.text("GCM follow-up knowledge graph",
                "Grafo de conocimiento del seguimiento al Pacto Mundial para la Migración"))).append("</h1>\n");
        if (about.isPresent()) {
            Row a = about.get();
            b.append("<p class=\"lead\">").append(esc(lang.text(
                    "Open linked data on how Mexico followed up the " + a.text("compact", lang)
                            + " (GCM): the programmes and actions, institutions, challenges and figures of the "
                            + "report ",
                    "Datos abiertos y enlazados sobre el seguimiento de México al " + a.text("compact", lang)
                            + " (PMM): los programas y acciones, instituciones, retos y cifras del informe ")))
                    .append("<cite>").append(esc(a.text("report", lang))).append("</cite>")
                    .append(esc(lang.text(", published by ", ", publicado por "))).append(esc(publisherName(a)))
                    .append(esc(lang.text(", covering ", ", que abarca de "))).append(esc(a.text("period", lang)))
                    .append(".</p>\n");
        }
        b.append("<section aria-labelledby=\"figures\">\n<h2 id=\"figures\">")
                .append(esc(lang.text("Headline figures", "Cifras principales"))).append("</h2>\n")
                .append("<ul class=\"figures\">\n")
                .append(figure("programmes-and-actions", figures.flatMap(f -> f.number("programmes_and_actions")),
                        lang.text("programmes and actions reported", "programas y acciones reportados")))
                .append(figure("contributing-institutions",
                        figures.flatMap(f -> f.number("contributing_institutions")),
                        lang.text("institutions whose contributions were included",
                                "instituciones cuyas aportaciones se incluyeron")))
                .append(figure("objectives", about.flatMap(a -> a.number("objectives")),
                        lang.text("objectives of the Compact", "objetivos del Pacto")))
                .append("</ul>\n<p class=\"muted\">")
                .append(esc(lang.text("Read from the data with SPARQL when this page was requested: the report's "
                        + "published totals (named query ", "Leídas de los datos con SPARQL al pedir esta página: "
                        + "los totales publicados en el informe (consulta ")))
                .append("<a href=\"").append(esc(WebPaths.EXPLORE)).append("?example=headline-figures\">")
                .append("headline-figures</a>")
                .append(esc(lang.text(") and the objectives the data holds.",
                        ") y los objetivos que contienen los datos.")))
                .append("</p>\n</section>\n");
        about.ifPresent(a -> facts(b, lang, a, iris));
        b.append("<section aria-labelledby=\"use\">\n<h2 id=\"use\">")
                .append(esc(lang.text("Use the data", "Usar los datos"))).append("</h2>\n<ul class=\"cards\">\n")
                .append(card(WebPaths.OBJECTIVES, lang.text("Objectives in charts", "Objetivos en gráficas"),
                        lang.text("The objectives with their actions, and the challenges by category.",
                                "Los objetivos con sus acciones, y los retos por categoría.")))
                .append(card(WebPaths.EXPLORE, lang.text("Query with SPARQL", "Consultar con SPARQL"),
                        lang.text("An editor with the example queries, results to download as CSV or JSON.",
                                "Un editor con las consultas de ejemplo y resultados descargables en CSV o JSON.")))
                .append(card(WebPaths.VALIDATOR, lang.text("Validate a submission", "Validar un envío"),
                        lang.text("Check a file against the shapes before sending it; nothing is stored.",
                                "Revise un archivo contra las formas antes de enviarlo; no se guarda nada.")))
                .append(card(Paths.CATALOG, lang.text("Catalogue", "Catálogo"),
                        lang.text("The DCAT catalogue of the dataset and its distributions.",
                                "El catálogo DCAT del conjunto de datos y sus distribuciones.")))
                .append(card(Paths.ONTOLOGY, lang.text("Ontology", "Ontología"),
                        lang.text("Every class and property of the model, documented.",
                                "Cada clase y propiedad del modelo, documentada.")))
                .append(card(Paths.SPARQL, lang.text("SPARQL endpoint", "Punto de acceso SPARQL"),
                        lang.text("For programs: GET or POST a query to ", "Para programas: envíe una consulta "
                                + "por GET o POST a ") + Paths.SPARQL + "."))
                .append("</ul>\n</section>\n");
        b.append("<section aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">")
                .append(esc(lang.text("Downloads", "Descargas"))).append("</h2>\n<ul>\n");
        for (Dump d : publication.snapshot().dumps()) {
            b.append("<li><a href=\"").append(esc(Paths.DUMPS + d.fileName())).append("\" download>")
                    .append(esc(lang.text(d.titleEn(), d.titleEs()))).append("</a> <small>")
                    .append(esc(d.fileName())).append(", ").append(kilobytes(d.size(), lang)).append("</small></li>\n");
        }
        b.append("</ul>\n</section>\n");
        return b.toString();
    }

    private static void facts(StringBuilder b, UiLanguage lang, Row a, IriMapping iris) {
        b.append("<section aria-labelledby=\"about\">\n<h2 id=\"about\">")
                .append(esc(lang.text("About the data", "Acerca de los datos"))).append("</h2>\n<dl class=\"facts\">\n")
                .append("<dt>").append(esc(lang.text("Compact", "Pacto"))).append("</dt><dd>")
                .append(link(iris, a.text("compact").orElse(""), a.text("compact", lang)))
                .append(a.text("compact_id").map(id -> " (" + esc(id) + ")").orElse("")).append("</dd>\n")
                .append("<dt>").append(esc(lang.text("Report", "Informe"))).append("</dt><dd>")
                .append(link(iris, a.text("report").orElse(""), a.text("report", lang))).append("</dd>\n")
                .append("<dt>").append(esc(lang.text("Period", "Periodo"))).append("</dt><dd>")
                .append(esc(a.text("period", lang))).append("</dd>\n")
                .append("<dt>").append(esc(lang.text("Publisher", "Editor"))).append("</dt><dd>")
                .append(link(iris, a.text("publisher").orElse(""), a.text("publisher_acronym").orElse("") + " — "
                        + a.text("publisher", lang)));
        if (a.text("parent").isPresent()) {
            b.append(esc(lang.text(", part of ", ", parte de ")))
                    .append(link(iris, a.text("parent").get(), a.text("parent_acronym").orElse("") + " — "
                            + a.text("parent", lang)));
        }
        b.append("</dd>\n</dl>\n</section>\n");
    }

    private static String publisherName(Row a) {
        return a.text("publisher_acronym").orElse("")
                + a.text("parent_acronym").map(p -> " (" + p + ")").orElse("");
    }

    private static String link(IriMapping iris, String iri, String text) {
        return iris.pathOf(iri).map(p -> "<a href=\"" + esc(p) + "\">" + esc(text) + "</a>").orElse(esc(text));
    }

    private static String figure(String key, Optional<Long> value, String label) {
        return "<li data-figure=\"" + key + "\"><span class=\"value\">" + value.map(String::valueOf).orElse("?")
                + "</span> <span class=\"label\">" + esc(label) + "</span></li>\n";
    }

    private static String card(String href, String title, String text) {
        return "<li><a href=\"" + esc(href) + "\">" + esc(title) + "</a><p>" + esc(text) + "</p></li>\n";
    }

    private static String kilobytes(long bytes, UiLanguage lang) {
        return String.format(lang == UiLanguage.ES ? Locale.forLanguageTag("es-MX") : Locale.UK, "%,.0f kB",
                bytes / 1000.0);
    }
}
