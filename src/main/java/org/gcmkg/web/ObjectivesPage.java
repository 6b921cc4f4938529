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
import org.gcmkg.publish.PageQuery;
import org.gcmkg.publish.PageQuery.Row;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.page.Layout;
import org.gcmkg.page.HtmlResponse;
import org.gcmkg.page.WebPaths;
import org.gcmkg.text.Messages;

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
    private final transient PageQuery actions;
    private final transient PageQuery challenges;
    private final transient PageQuery titles = PageQuery.resource(WebExtension.class, "objective-titles");

    ObjectivesPage(Publication publication) {
        this.publication = publication;
        this.actions = named(publication, ACTIONS_QUERY);
        this.challenges = named(publication, CHALLENGES_QUERY);
    }

    private static PageQuery named(Publication p, String name) {
        return PageQuery.named(p.queries(), name);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UiLanguage lang = UiLanguage.of(req, resp);
        Messages m = lang.messages(WebExtension.AREA);
        long timeout = publication.settings().queryTimeoutMillis();
        List<Row> counts = actions.run(publication.dataset(), timeout);
        Map<Long, Row> titleOf = new HashMap<>();
        for (Row r : titles.run(publication.dataset(), timeout)) {
            r.number("objective").ifPresent(n -> titleOf.put(n, r));
        }
        List<Row> categories = challenges.run(publication.dataset(), timeout);
        long known = counts.stream().filter(r -> r.number("published").isPresent()).count();
        StringBuilder main = new StringBuilder();
        main.append("<h1>").append(esc(m.format("objectives.title", "count", counts.size())))
                .append("</h1>\n<p class=\"lead\">")
                .append(esc(m.format("objectives.lead", "known", known, "count", counts.size())))
                .append("</p>\n");
        objectivesChart(main, lang, m, counts, titleOf);
        challengesChart(main, lang, m, categories);
        HtmlResponse.send(req, resp, lang, "", Layout.page(lang, Layout.selfUrl(req),
                m.format("objectives.pageTitle"), "", main.toString(), ""), publication.snapshot().modified());
    }

    private void objectivesChart(StringBuilder b, UiLanguage lang, Messages m, List<Row> counts,
            Map<Long, Row> titleOf) {
        IriMapping iris = publication.settings().iris();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Row r : counts) {
            long n = r.number("objective").orElseThrow();
            Optional<Long> published = r.number("published");
            long described = r.number("described").orElse(0L);
            Row t = titleOf.get(n);
            String title = t == null ? r.text("title_en").orElse("") : t.text("title", lang);
            String tooltip = m.format("objectives.tooltip", "number", n, "title", title,
                    "published", published.isPresent() ? "yes" : "no", "count", published.orElse(0L),
                    "described", described);
            String href = t == null ? null : iris.pathOf(t.text("iri").orElse("")).orElse(null);
            bars.add(new BarChart.Bar(Long.toString(n), Long.toString(n), published, Optional.of(described),
                    tooltip, href));
        }
        b.append("<section aria-labelledby=\"by-objective\">\n<h2 id=\"by-objective\">")
                .append(esc(m.format("objectives.byObjective")))
                .append("</h2>\n<figure class=\"chart\">\n")
                .append(BarChart.columns("objectives-chart", new BarChart.Texts(
                        m.format("objectives.byObjective"), m.format("objectives.chartDescription"),
                        m.format("objectives.axisObjective"), m.format("objectives.axisCount")), bars))
                .append("<figcaption>\n<ul class=\"legend\">\n<li><span class=\"swatch published\"></span>")
                .append(esc(m.format("objectives.legendPublished")))
                .append("</li>\n<li><span class=\"swatch described\"></span>")
                .append(esc(m.format("objectives.legendDescribed")))
                .append("</li>\n<li><span class=\"swatch unknown\" aria-hidden=\"true\">?</span>")
                .append(esc(m.format("objectives.legendUnknown")))
                .append("</li>\n</ul>\n").append(m.format("objectives.source", "query", exampleLink(ACTIONS_QUERY)))
                .append("</figcaption>\n</figure>\n");
        b.append("<div class=\"scroll\" tabindex=\"0\"><table id=\"objectives-table\">\n<caption class=\"muted\">")
                .append(esc(m.format("objectives.tableCaption"))).append("</caption>\n")
                .append("<thead><tr><th scope=\"col\" class=\"num\">").append(esc(m.format("objectives.colNumber")))
                .append("</th><th scope=\"col\">").append(esc(m.format("objectives.axisObjective")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(esc(m.format("objectives.colPublished")))
                .append("</th><th scope=\"col\" class=\"num\">")
                .append(esc(m.format("objectives.colDescribed"))).append("</th></tr></thead>\n<tbody>\n");
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
                            .orElse("<em>" + esc(m.format("objectives.unknown")) + "</em>"))
                    .append("</td><td class=\"num\">").append(bar.marker().orElse(0L)).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void challengesChart(StringBuilder b, UiLanguage lang, Messages m, List<Row> categories) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Row r : categories) {
            String name = r.text("category", lang);
            Optional<Long> count = r.number("count");
            bars.add(new BarChart.Bar(r.text("category_en").orElse(name), name, count, Optional.empty(),
                    count.map(c -> m.format("objectives.challengeTooltip", "category", name, "count", c))
                            .orElse(name + ": ?"), null));
        }
        b.append("<section aria-labelledby=\"challenges\">\n<h2 id=\"challenges\">")
                .append(esc(m.format("objectives.challenges"))).append("</h2>\n")
                .append("<p>").append(esc(m.format("objectives.challengesLead")))
                .append("</p>\n<figure class=\"chart\">\n")
                .append(BarChart.rows("challenges-chart", new BarChart.Texts(
                        m.format("objectives.challenges"), m.format("objectives.challengesDescription"),
                        m.format("objectives.challengesAxis"), ""), bars))
                .append("<figcaption>").append(m.format("objectives.source", "query", exampleLink(CHALLENGES_QUERY)))
                .append("</figcaption>\n</figure>\n</section>\n");
    }

    private static String exampleLink(String name) {
        return "<a href=\"" + WebPaths.EXPLORE + "?example=" + esc(name) + "\"><code>" + esc(name) + "</code></a>";
    }
}
