package org.gcmkg.publish;

import static org.gcmkg.page.Markup.esc;
import static org.gcmkg.publish.ResourcePages.GCM;
import static org.gcmkg.publish.ResourcePages.SKOS;
import static org.gcmkg.publish.ResourcePages.fact;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.gcmkg.page.WebPaths;

/**
 * The page of an objective: its number, titles and short label, the count of programmes and actions each edition
 * publishes for it (with the table that prints it) or that it publishes none, the actions each edition describes
 * in the report's order with their institutions and figures, the report sections about it, its links to SDG
 * targets with their basis, and its term in the UN Migration Network's hub.
 */
final class ObjectiveView implements ResourcePages.View {
    private static final PageQuery COUNTS = PageQuery.resource(ObjectiveView.class, "objective-counts");
    private static final PageQuery ACTIONS = PageQuery.resource(ObjectiveView.class, "objective-actions");
    private static final PageQuery SDG = PageQuery.resource(ObjectiveView.class, "objective-sdg");
    private static final PageQuery SECTIONS = PageQuery.resource(ObjectiveView.class, "objective-sections");
    private static final String HUB = "https://migrationnetwork.un.org/";

    @Override
    public String kind(Node o, ResourcePages.Context c) {
        PageKit k = c.kit();
        return k.t("objective.kind", "number", notation(k, o));
    }

    private static String notation(PageKit k, Node o) {
        return k.object(o, SKOS + "notation").map(Node::getLiteralLexicalForm).orElse("?");
    }

    @Override
    public String sections(Node o, ResourcePages.Context c) {
        PageKit k = c.kit();
        StringBuilder b = new StringBuilder();
        b.append("<dl class=\"facts\">\n");
        fact(b, k.t("objective.number"), esc(notation(k, o)));
        fact(b, k.t("objective.shortLabel"), k.literal(o, GCM + "shortLabel").map(t -> t.html(k.lang())).orElse(""));
        fact(b, k.t("objective.paragraph"), k.object(o, GCM + "gcmParagraph")
                .map(p -> k.t("objective.paragraphValue", "paragraph", p.getLiteralLexicalForm())).orElse(""));
        k.object(o, SKOS + "inScheme").ifPresent(s -> fact(b, k.t("objective.scheme"), k.link(s)));
        List<String> hub = k.objects(o, SKOS + "exactMatch").stream()
                .filter(n -> n.isURI() && n.getURI().startsWith(HUB))
                .map(n -> "<a href=\"" + esc(n.getURI()) + "\">" + k.t("objective.hubTerm", "term",
                        n.getURI().substring(n.getURI().lastIndexOf('/') + 1)) + "</a>").toList();
        fact(b, k.t("objective.hub"), String.join(", ", hub));
        b.append("</dl>\n");
        counts(b, o, c);
        actions(b, o, c);
        sections(b, o, c);
        sdg(b, o, c);
        return b.toString();
    }

    private static void counts(StringBuilder b, Node o, ResourcePages.Context c) {
        PageKit k = c.kit();
        b.append("<section aria-labelledby=\"published-counts\">\n<h2 id=\"published-counts\">")
                .append(k.t("objective.counts")).append("</h2>\n<p>").append(k.t("objective.countsLead"))
                .append("</p>\n<div class=\"scroll\" tabindex=\"0\"><table id=\"counts\" class=\"data\">\n<thead><tr><th scope=\"col\">")
                .append(k.t("edition.label")).append("</th><th scope=\"col\" class=\"num\">")
                .append(k.t("objective.published")).append("</th><th scope=\"col\">").append(k.t("objective.table"))
                .append("</th><th scope=\"col\" class=\"num\">").append(k.t("objective.described"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (PageQuery.Row r : k.query(COUNTS, o)) {
            Node report = r.node("report").orElseThrow();
            if (!c.inEdition(report)) {
                continue;
            }
            Optional<Long> count = r.number("count");
            long described = r.number("described").orElse(0L);
            if (count.isPresent() || described > 0) {
                c.show(report);
            }
            b.append("<tr data-edition=\"").append(esc(report.getURI())).append("\"><th scope=\"row\">")
                    .append(k.link(report, esc(Editions.name(k, report)))).append("</th><td class=\"num\" data-count=\"")
                    .append(count.map(String::valueOf).orElse("unknown")).append("\">")
                    .append(count.map(k::number).orElse("<em>" + k.t("objective.notPublished") + "</em>"))
                    .append("</td><td>");
            r.node("table").ifPresent(t -> b.append(k.link(t)).append(r.text("row")
                    .map(row -> ", " + k.t("objective.row", "row", row)).orElse("")));
            b.append("</td><td class=\"num\">").append(k.number(described)).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n<p class=\"muted\">").append(k.t("objective.countsNote"))
                .append(" <a href=\"").append(WebPaths.OBJECTIVES).append("\">").append(k.t("objective.allCounts"))
                .append("</a></p>\n</section>\n");
    }

    private static void actions(StringBuilder b, Node o, ResourcePages.Context c) {
        PageKit k = c.kit();
        b.append("<section aria-labelledby=\"actions\">\n<h2 id=\"actions\">").append(k.t("objective.actions"))
                .append("</h2>\n")
                .append(ResourcePages.actionsByEdition(c, k.query(ACTIONS, o), r -> "", k.t("objective.noActions")))
                .append("</section>\n");
    }

    private static void sections(StringBuilder b, Node o, ResourcePages.Context c) {
        PageKit k = c.kit();
        List<PageQuery.Row> rows = k.query(SECTIONS, o).stream()
                .filter(r -> c.inEdition(r.node("report").orElse(null))).toList();
        if (rows.isEmpty()) {
            return;
        }
        b.append("<section aria-labelledby=\"report-sections\">\n<h2 id=\"report-sections\">")
                .append(k.t("objective.sections")).append("</h2>\n<ul>\n");
        for (PageQuery.Row r : rows) {
            b.append("<li>").append(k.link(r.node("section").orElseThrow()));
            r.text("page").ifPresent(p -> b.append(", ").append(k.t("source.page", "page", p)));
            r.node("report").ifPresent(rep -> b.append(" — ").append(k.link(rep, esc(Editions.name(k, rep)))));
            b.append("</li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    private static void sdg(StringBuilder b, Node o, ResourcePages.Context c) {
        PageKit k = c.kit();
        List<PageQuery.Row> rows = k.query(SDG, o);
        b.append("<section aria-labelledby=\"sdg\">\n<h2 id=\"sdg\">").append(k.t("objective.sdg")).append("</h2>\n");
        if (rows.isEmpty()) {
            b.append("<p>").append(k.t("objective.noSdg")).append("</p>\n</section>\n");
            return;
        }
        b.append("<div class=\"scroll\" tabindex=\"0\"><table class=\"data\">\n<thead><tr><th scope=\"col\">")
                .append(k.t("objective.sdgTarget"))
                .append("</th><th scope=\"col\">").append(k.t("objective.sdgBasis")).append("</th><th scope=\"col\">")
                .append(k.t("objective.sdgStatement")).append("</th></tr></thead>\n<tbody>\n");
        for (PageQuery.Row r : rows) {
            Node target = r.node("target").orElseThrow();
            String code = target.getURI().substring(target.getURI().lastIndexOf('/') + 1);
            b.append("<tr><td>").append(k.link(target, k.t("objective.sdgTargetValue", "target", code)))
                    .append("</td><td>").append(r.node("basis").map(k::link).orElse("")).append("</td><td>")
                    .append(r.node("statement").map(s -> new PageKit.Text(s.getLiteralLexicalForm(),
                            s.getLiteralLanguage()).html(k.lang())).orElse(""))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n</section>\n");
    }
}
