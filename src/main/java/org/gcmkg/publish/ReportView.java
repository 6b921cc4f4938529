package org.gcmkg.publish;

import static org.gcmkg.page.Markup.esc;
import static org.gcmkg.publish.ResourcePages.DCT;
import static org.gcmkg.publish.ResourcePages.GCM;
import static org.gcmkg.publish.ResourcePages.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.gcmkg.page.WebPaths;

/**
 * The page of a report edition: who published it, for which country and period, the submission it came in (for
 * an edition that did not come with the service), its headline figures (those it publishes and those its records
 * count), its sections with their start pages, and the tables it prints with their rows.
 */
final class ReportView implements ResourcePages.View {
    private static final PageQuery SECTIONS = PageQuery.resource(ReportView.class, "report-sections");
    private static final PageQuery TABLES = PageQuery.resource(ReportView.class, "report-tables");
    private static final PageQuery FIGURES = PageQuery.resource(ReportView.class, "report-figures");
    private static final String DCAT = "http://www.w3.org/ns/dcat#";

    @Override
    public String kind(Node r, ResourcePages.Context c) {
        PageKit k = c.kit();
        boolean submitted = c.editions().of(r).map(Editions.Edition::submitted).orElse(false);
        return k.t(submitted ? "report.kindSubmitted" : "report.kind");
    }

    @Override
    public String sections(Node r, ResourcePages.Context c) {
        PageKit k = c.kit();
        c.show(r);
        StringBuilder b = new StringBuilder();
        k.literal(r, DCT + "description").ifPresent(d -> b.append("<p class=\"summary lead\"")
                .append(d.lang().isEmpty() || d.lang().equals(k.lang().code()) ? "" : " lang=\"" + esc(d.lang()) + "\"")
                .append(">").append(esc(d.text())).append("</p>\n"));
        b.append("<dl class=\"facts\">\n");
        fact(b, k.t("report.shortTitle"), k.literal(r, DCT + "alternative").map(t -> t.html(k.lang())).orElse(""));
        fact(b, k.t("report.publisher"), k.list(k.objects(r, DCT + "publisher").stream()
                .map(p -> ResourcePages.institution(k, p) + " — " + k.label(p).html(k.lang())).toList()));
        fact(b, k.t("report.country"), k.list(k.objects(r, GCM + "country").stream().map(k::link).toList()));
        k.object(r, GCM + "reportingPeriod").ifPresent(p -> fact(b, k.t("report.period"), k.hasLabel(p)
                ? k.label(p).html(k.lang())
                : ResourcePages.period(k, k.object(p, DCAT + "startDate").orElse(null),
                        k.object(p, DCAT + "endDate").orElse(null))));
        fact(b, k.t("report.year"), k.object(r, GCM + "reportYear").map(y -> esc(y.getLiteralLexicalForm()))
                .orElse(""));
        fact(b, k.t("report.followsUp"), k.list(k.objects(r, GCM + "followsUp").stream().map(k::link).toList()));
        fact(b, k.t("report.language"), k.list(k.objects(r, DCT + "language").stream().map(l -> k.link(l,
                k.hasLabel(l) ? k.label(l).html(k.lang()) : esc(languageName(l, k)))).toList()));
        fact(b, k.t("report.where"), k.list(k.objects(r, DCT + "isReferencedBy").stream()
                .map(u -> "<a href=\"" + esc(u.getURI()) + "\">" + esc(u.getURI()) + "</a>").toList()));
        c.editions().of(r).ifPresent(e -> {
            if (e.submitted()) {
                fact(b, k.t("report.submission"), k.list(e.submissions().stream()
                        .map(s -> k.link(s.record(), esc(s.id()))).toList()));
            }
        });
        b.append("</dl>\n");
        figures(b, r, k);
        sections(b, r, k);
        tables(b, r, k);
        return b.toString();
    }

    private static void figures(StringBuilder b, Node r, PageKit k) {
        PageQuery.Row f = k.query(FIGURES, r).stream().findFirst().orElse(new PageQuery.Row(Map.of()));
        b.append("<section aria-labelledby=\"headline\">\n<h2 id=\"headline\">").append(k.t("report.figures"))
                .append("</h2>\n<ul class=\"figures\">\n");
        figure(b, k, "programmes-and-actions", f.number("published_actions"), f.number("actions"),
                "report.figure.actions");
        figure(b, k, "contributing-institutions", f.number("published_institutions"), f.number("included"),
                "report.figure.institutions");
        b.append("</ul>\n<p class=\"muted\">").append(k.t("report.figuresNote", "asked", f.number("asked").orElse(0L),
                "sent", f.number("sent").orElse(0L))).append(" <a href=\"").append(WebPaths.EXPLORE)
                .append("?example=headline-figures\">").append(k.t("report.figuresQuery")).append("</a></p>\n")
                .append("</section>\n");
    }

    private static void figure(StringBuilder b, PageKit k, String key, Optional<Long> published,
            Optional<Long> counted, String labelKey) {
        b.append("<li data-figure=\"").append(key).append("\"><span class=\"value\">")
                .append(published.or(() -> counted).map(k::number).orElse("?")).append("</span> <span class=\"label\">")
                .append(k.t(labelKey)).append("</span> <small>")
                .append(published.isPresent() ? k.t("report.published")
                        : k.t("report.counted", "count", counted.orElse(0L)))
                .append("</small></li>\n");
    }

    private record Section(Node node, Node parent, String page) {
    }

    private static void sections(StringBuilder b, Node r, PageKit k) {
        Map<Node, List<Section>> children = new LinkedHashMap<>();
        for (PageQuery.Row row : k.query(SECTIONS, r)) {
            Section s = new Section(row.node("section").orElseThrow(), row.node("parent").orElseThrow(),
                    row.text("page").orElse(""));
            children.computeIfAbsent(s.parent, x -> new ArrayList<>()).add(s);
        }
        if (children.isEmpty()) {
            return;
        }
        b.append("<section aria-labelledby=\"contents\">\n<h2 id=\"contents\">").append(k.t("report.sections"))
                .append("</h2>\n");
        tree(b, k, children, r, 0);
        b.append("</section>\n");
    }

    private static void tree(StringBuilder b, PageKit k, Map<Node, List<Section>> children, Node parent, int depth) {
        List<Section> list = children.get(parent);
        if (list == null || depth > 4) {
            return;
        }
        b.append("<ol class=\"sections\">\n");
        for (Section s : list) {
            b.append("<li>").append(k.link(s.node));
            if (!s.page.isEmpty()) {
                b.append(" <span class=\"page\">").append(k.t("source.page", "page", s.page)).append("</span>");
            }
            tree(b, k, children, s.node, depth + 1);
            b.append("</li>\n");
        }
        b.append("</ol>\n");
    }

    private static void tables(StringBuilder b, Node r, PageKit k) {
        Map<Node, List<PageQuery.Row>> byTable = new LinkedHashMap<>();
        for (PageQuery.Row row : k.query(TABLES, r)) {
            byTable.computeIfAbsent(row.node("table").orElseThrow(), x -> new ArrayList<>()).add(row);
        }
        if (byTable.isEmpty()) {
            return;
        }
        b.append("<section aria-labelledby=\"tables\">\n<h2 id=\"tables\">").append(k.t("report.tables"))
                .append("</h2>\n");
        for (Map.Entry<Node, List<PageQuery.Row>> e : byTable.entrySet()) {
            Node table = e.getKey();
            b.append("<div class=\"scroll\" tabindex=\"0\"><table class=\"data report-table\" data-table=\"").append(esc(table.getURI()))
                    .append("\">\n<caption>").append(k.link(table));
            e.getValue().get(0).node("section").ifPresent(s -> b.append(" <small>(").append(k.link(s))
                    .append(k.object(s, GCM + "startPage").map(p -> ", " + k.t("source.page", "page",
                            p.getLiteralLexicalForm())).orElse("")).append(")</small>"));
            b.append("</caption>\n<thead><tr><th scope=\"col\" class=\"num\">").append(k.t("report.row"))
                    .append("</th><th scope=\"col\">").append(k.t("report.item")).append("</th><th scope=\"col\" class=\"num\">")
                    .append(k.t("report.count")).append("</th></tr></thead>\n<tbody>\n");
            for (PageQuery.Row row : e.getValue()) {
                if (row.node("count").isEmpty()) {
                    continue;
                }
                b.append("<tr><td class=\"num\">").append(esc(row.text("row").orElse(""))).append("</td><td>")
                        .append(row.node("objective").map(o -> ActionView.objective(k, o))
                                .or(() -> row.node("category").map(k::link)).orElse(""))
                        .append("</td><td class=\"num\">")
                        .append(row.node("count").map(k::number).orElse("")).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table></div>\n");
        }
        b.append("</section>\n");
    }

    /** The name of a language from its EU authority IRI (ISO 639-2 code, such as SPA), in the page's language. */
    private static String languageName(Node language, PageKit k) {
        String code = language.getURI().substring(language.getURI().lastIndexOf('/') + 1).toLowerCase(
                java.util.Locale.ROOT);
        String name = new com.ibm.icu.util.ULocale(code).getDisplayLanguage(k.lang().language().locale());
        return name.isBlank() || name.equalsIgnoreCase(code) ? code.toUpperCase(java.util.Locale.ROOT) : name;
    }
}
