package org.gcmkg.web;

import static org.gcmkg.page.Markup.esc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gcmkg.publish.IriMapping;
import org.gcmkg.publish.Publication;
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
 * The objectives page: the chart the report's annex refers to ("Gráfica con los objetivos y su cumplimiento"),
 * drawn again from the named query {@code actions-per-objective}: the count the report publishes for each
 * objective where it publishes one (unknown otherwise, never zero) and the actions it describes for every
 * objective; then the challenges by category from {@code challenges-by-category}. Each chart has its data as a
 * table below it.
 */
final class ObjectivesPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ACTIONS_QUERY = "actions-per-objective";
    static final String CHALLENGES_QUERY = "challenges-by-category";

    private final transient Publication publication;
    private final transient SelectQuery actions;
    private final transient SelectQuery challenges;
    private final transient SelectQuery titles = SelectQuery.resource("objective-titles");

    ObjectivesPage(Publication publication) {
        this.publication = publication;
        this.actions = named(publication, ACTIONS_QUERY);
        this.challenges = named(publication, CHALLENGES_QUERY);
    }

    private static SelectQuery named(Publication p, String name) {
        NamedQuery q = p.queries().get(name)
                .orElseThrow(() -> new IllegalStateException("the named query " + name + " is missing"));
        return SelectQuery.of(q.name(), q.sparql());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UiLanguage lang = UiLanguage.of(req, resp);
        long timeout = publication.settings().queryTimeoutMillis();
        List<Row> counts = actions.run(publication.dataset(), timeout);
        Map<Long, Row> titleOf = new HashMap<>();
        for (Row r : titles.run(publication.dataset(), timeout)) {
            r.number("objective").ifPresent(n -> titleOf.put(n, r));
        }
        List<Row> categories = challenges.run(publication.dataset(), timeout);
        long known = counts.stream().filter(r -> r.number("published").isPresent()).count();
        StringBuilder main = new StringBuilder();
        main.append("<h1>").append(esc(lang.text("The " + counts.size() + " objectives and their actions",
                "Los " + counts.size() + " objetivos y sus acciones"))).append("</h1>\n<p class=\"lead\">")
                .append(esc(lang.text("How many programmes and actions the Informe Ejecutivo 2020 counts under "
                        + "each objective of the Global Compact for Migration, drawn from the data with SPARQL. "
                        + "The report publishes the count of " + known + " of the " + counts.size()
                        + " objectives; for the others it is unknown, which is not the same as zero.",
                        "Cuántos programas y acciones cuenta el Informe Ejecutivo 2020 en cada objetivo del Pacto "
                        + "Mundial para la Migración, trazado a partir de los datos con SPARQL. El informe publica "
                        + "el conteo de " + known + " de los " + counts.size() + " objetivos; para los demás se "
                        + "desconoce, lo que no es lo mismo que cero.")))
                .append("</p>\n");
        objectivesChart(main, lang, counts, titleOf);
        challengesChart(main, lang, categories);
        HtmlResponse.send(resp, lang, "", Layout.page(lang, Layout.selfUrl(req),
                lang.text("Objectives", "Objetivos"), "", main.toString(), ""));
    }

    private void objectivesChart(StringBuilder b, UiLanguage lang, List<Row> counts, Map<Long, Row> titleOf) {
        IriMapping iris = publication.settings().iris();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Row r : counts) {
            long n = r.number("objective").orElseThrow();
            Optional<Long> published = r.number("published");
            long described = r.number("described").orElse(0L);
            Row t = titleOf.get(n);
            String title = t == null ? r.text("title_en").orElse("") : t.text("title", lang);
            String tooltip = lang.text("Objective ", "Objetivo ") + n + ": " + title + ". "
                    + published.map(p -> lang.text("Published count: ", "Conteo publicado: ") + p)
                            .orElse(lang.text("Published count unknown", "Conteo publicado desconocido"))
                    + "; " + lang.text("actions described: ", "acciones descritas: ") + described + ".";
            String href = t == null ? null : iris.pathOf(t.text("iri").orElse("")).orElse(null);
            bars.add(new BarChart.Bar(Long.toString(n), Long.toString(n), published, Optional.of(described),
                    tooltip, href));
        }
        b.append("<section aria-labelledby=\"by-objective\">\n<h2 id=\"by-objective\">")
                .append(esc(lang.text("Programmes and actions by objective", "Programas y acciones por objetivo")))
                .append("</h2>\n<figure class=\"chart\">\n")
                .append(BarChart.columns("objectives-chart", new BarChart.Texts(
                        lang.text("Programmes and actions by objective", "Programas y acciones por objetivo"),
                        lang.text("A bar for each objective: its height is the count the report "
                                + "publishes; a question mark stands where the count is unknown. A diamond marks "
                                + "the actions the report describes. The table below gives the same numbers.",
                                "Una barra por cada objetivo: su altura es el conteo que publica el "
                                + "informe; un signo de interrogación indica un conteo desconocido. Un rombo marca "
                                + "las acciones que describe el informe. La tabla siguiente da las mismas cifras."),
                        lang.text("Objective", "Objetivo"),
                        lang.text("Programmes and actions", "Programas y acciones")), bars))
                .append("<figcaption>\n<ul class=\"legend\">\n<li><span class=\"swatch published\"></span>")
                .append(esc(lang.text("count published in the report (tables of “Evaluación general”, page 6)",
                        "conteo publicado en el informe (tablas de “Evaluación general”, página 6)")))
                .append("</li>\n<li><span class=\"swatch described\"></span>")
                .append(esc(lang.text("actions the report describes (pages 8–29)",
                        "acciones que describe el informe (páginas 8–29)")))
                .append("</li>\n<li><span class=\"swatch unknown\" aria-hidden=\"true\">?</span>")
                .append(esc(lang.text("count not published: unknown", "conteo no publicado: desconocido")))
                .append("</li>\n</ul>\n").append(esc(lang.text("Source: named query ", "Fuente: consulta ")))
                .append(exampleLink(ACTIONS_QUERY)).append(".</figcaption>\n</figure>\n");
        b.append("<table id=\"objectives-table\">\n<caption class=\"muted\">")
                .append(esc(lang.text("The data of the chart", "Los datos de la gráfica"))).append("</caption>\n")
                .append("<thead><tr><th scope=\"col\" class=\"num\">").append(esc(lang.text("No.", "Núm.")))
                .append("</th><th scope=\"col\">").append(esc(lang.text("Objective", "Objetivo")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(esc(lang.text("Published count", "Conteo publicado")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(esc(lang.text("Actions described", "Acciones descritas"))).append("</th></tr></thead>\n<tbody>\n");
        for (BarChart.Bar bar : bars) {
            long n = Long.parseLong(bar.key());
            Row t = titleOf.get(n);
            String title = t == null ? "" : t.text("title", lang);
            b.append("<tr data-objective=\"").append(n).append("\"><td class=\"num\">").append(n)
                    .append("</td><td>")
                    .append(bar.href() == null ? esc(title)
                            : "<a href=\"" + esc(bar.href()) + "\">" + esc(title) + "</a>")
                    .append("</td><td class=\"num\">")
                    .append(bar.value().map(String::valueOf)
                            .orElse("<em>" + esc(lang.text("unknown", "desconocido")) + "</em>"))
                    .append("</td><td class=\"num\">").append(bar.marker().orElse(0L)).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    private static void challengesChart(StringBuilder b, UiLanguage lang, List<Row> categories) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Row r : categories) {
            String name = r.text("category", lang);
            Optional<Long> count = r.number("count");
            bars.add(new BarChart.Bar(r.text("category_en").orElse(name), name, count, Optional.empty(),
                    name + ": " + count.map(String::valueOf).orElse("?"), null));
        }
        b.append("<section aria-labelledby=\"challenges\">\n<h2 id=\"challenges\">")
                .append(esc(lang.text("Challenges by category", "Retos por categoría"))).append("</h2>\n")
                .append("<p>").append(esc(lang.text("The challenges the institutions reported, by the categories of "
                        + "section “Retos identificados” (page 30). A challenge may count in several categories.",
                        "Los retos que señalaron las instituciones, por las categorías de la sección “Retos "
                        + "identificados” (página 30). Un reto puede contar en varias categorías.")))
                .append("</p>\n<figure class=\"chart\">\n")
                .append(BarChart.rows("challenges-chart", new BarChart.Texts(
                        lang.text("Challenges by category", "Retos por categoría"),
                        lang.text("One bar per category, in the report's order, its length the number of "
                                + "challenges.", "Una barra por categoría, en el orden del informe; su longitud "
                                + "es el número de retos."),
                        lang.text("Challenges", "Retos"), ""), bars))
                .append("<figcaption>").append(esc(lang.text("Source: named query ", "Fuente: consulta ")))
                .append(exampleLink(CHALLENGES_QUERY)).append(".</figcaption>\n</figure>\n</section>\n");
    }

    private static String exampleLink(String name) {
        return "<a href=\"" + WebPaths.EXPLORE + "?example=" + esc(name) + "\"><code>" + esc(name) + "</code></a>";
    }
}
