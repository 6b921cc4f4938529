package org.gcmkg.publish;

import static org.gcmkg.page.Markup.esc;
import static org.gcmkg.publish.ResourcePages.DCT;
import static org.gcmkg.publish.ResourcePages.GCM;
import static org.gcmkg.publish.ResourcePages.SKOS;
import static org.gcmkg.publish.ResourcePages.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * The page of a reported action: its summary, edition (and submission), objective, programme, institutions,
 * those only present and the bodies in whose framework it took place, participants as printed, beneficiary groups,
 * dates, validity and longest stay in words, scope and figures with their units, and the report section and page
 * it comes from.
 */
final class ActionView implements ResourcePages.View {
    static final PageQuery PARTIES = PageQuery.resource(ActionView.class, "action-parties");
    static final PageQuery FIGURES = PageQuery.resource(ActionView.class, "action-figures");
    static final PageQuery FACTS = PageQuery.resource(ActionView.class, "action-facts");

    @Override
    public String kind(Node a, ResourcePages.Context c) {
        PageKit k = c.kit();
        return ResourcePages.actionCode(k, a).map(code -> k.t("action.kindCode", "code", code))
                .orElse(k.t("action.kind"));
    }

    @Override
    public String sections(Node a, ResourcePages.Context c) {
        PageKit k = c.kit();
        StringBuilder b = new StringBuilder();
        k.literal(a, DCT + "description").ifPresent(d -> b.append("<p class=\"summary lead\"")
                .append(d.lang().isEmpty() || d.lang().equals(k.lang().code()) ? "" : " lang=\"" + esc(d.lang()) + "\"")
                .append(">").append(esc(d.text())).append("</p>\n"));
        List<PageQuery.Row> facts = k.query(FACTS, a);
        b.append("<dl class=\"facts\">\n");
        origin(b, c, facts);
        fact(b, k.t("action.objective"), k.list(k.objects(a, GCM + "objective").stream()
                .map(o -> objective(k, o)).toList()));
        fact(b, k.t("action.programme"), k.list(k.objects(a, GCM + "programme").stream().map(k::link).toList()));
        fact(b, k.t("action.relatedProgramme"), k.list(k.objects(a, GCM + "relatedProgramme").stream()
                .map(k::link).toList()));
        List<PageQuery.Row> parties = k.query(PARTIES, a);
        fact(b, k.t("action.responsible"), ResourcePages.institutions(k, parties, "responsibleInstitution"));
        fact(b, k.t("action.partners"), ResourcePages.institutions(k, parties, "partner"));
        fact(b, k.t("action.attendedBy"), ResourcePages.institutions(k, parties, "attendedBy"));
        fact(b, k.t("action.inFrameworkOf"), ResourcePages.institutions(k, parties, "inFrameworkOf"));
        fact(b, k.t("action.participantsAsNamed"), k.list(k.objects(a, GCM + "participantAsNamed").stream()
                .map(n -> "<span lang=\"es\">" + esc(n.getLiteralLexicalForm()) + "</span>").sorted().toList()));
        fact(b, k.t("action.beneficiaries"), k.list(k.objects(a, GCM + "beneficiaryGroup").stream()
                .map(k::link).sorted(k.collator()).toList()));
        k.object(a, GCM + "startDate").ifPresent(d -> fact(b, k.t("action.start"), k.date(d)));
        k.object(a, GCM + "endDate").ifPresent(d -> fact(b, k.t("action.end"), k.date(d)));
        k.object(a, GCM + "suspendedOn").ifPresent(d -> fact(b, k.t("action.suspended"), k.date(d)));
        k.object(a, DCT + "temporal").ifPresent(t -> fact(b, k.t("action.period"), k.link(t)));
        fact(b, k.t("action.validFor"), k.durations(k.objects(a, GCM + "validFor")));
        fact(b, k.t("action.maximumStay"), k.durations(k.objects(a, GCM + "maximumStay")));
        fact(b, k.t("action.scope"), scopes(a, k));
        b.append("</dl>\n");
        figures(b, a, k);
        return b.toString();
    }

    /** The edition, submission and source sections of an action or programme, as facts. */
    static void origin(StringBuilder b, ResourcePages.Context c, List<PageQuery.Row> facts) {
        PageKit k = c.kit();
        Set<String> sources = new LinkedHashSet<>();
        Node report = null;
        Node graph = null;
        for (PageQuery.Row r : facts) {
            report = report != null ? report : r.node("report").orElse(null);
            graph = graph != null ? graph : r.node("graph").filter(g -> c.editions().submissionOf(g).isPresent())
                    .orElse(null);
            r.node("section").ifPresent(s -> sources.add(k.link(s) + r.text("page")
                    .map(p -> ", " + k.t("source.page", "page", p)).orElse("")));
        }
        if (report != null) {
            c.show(report);
            fact(b, k.t("edition.label"), c.editions().mark(k, report, graph));
        }
        fact(b, k.t("source.label"), String.join("; ", sources));
    }

    /** An objective as a link with its number and title. */
    static String objective(PageKit k, Node o) {
        String number = k.object(o, SKOS + "notation").map(Node::getLiteralLexicalForm).orElse("?");
        return k.link(o, k.t("action.objectiveValue", "number", number) + ": " + k.label(o).html(k.lang()));
    }

    /** The numbers that set the action's reach (gcm:scope), each with its unit and what it counts. */
    private static String scopes(Node a, PageKit k) {
        List<String> items = new ArrayList<>();
        for (Node f : k.objects(a, GCM + "scope").stream().sorted(Comparator.comparing(Node::toString)).toList()) {
            Map<String, Node> values = new LinkedHashMap<>();
            values.put("figure", f);
            k.object(f, GCM + "value").ifPresent(v -> values.put("value", v));
            items.add(ResourcePages.figure(k, new PageQuery.Row(values)));
        }
        return String.join("<br>", items);
    }

    private static void figures(StringBuilder b, Node a, PageKit k) {
        List<PageQuery.Row> rows = k.query(FIGURES, a);
        if (rows.isEmpty()) {
            return;
        }
        b.append("<section aria-labelledby=\"figures\">\n<h2 id=\"figures\">")
                .append(k.t("action.figures", "count", rows.size())).append("</h2>\n<div class=\"scroll\" tabindex=\"0\"><table class=\"data\">\n")
                .append("<thead><tr><th scope=\"col\">").append(k.t("figure.quantity"))
                .append("</th><th scope=\"col\" class=\"num\">").append(k.t("figure.value"))
                .append("</th><th scope=\"col\">").append(k.t("figure.unit")).append("</th><th scope=\"col\">")
                .append(k.t("figure.period")).append("</th></tr></thead>\n<tbody>\n");
        for (PageQuery.Row r : rows) {
            Node f = r.node("figure").orElseThrow();
            b.append("<tr><td>").append(k.literal(f, GCM + "quantity").map(t -> t.html(k.lang())).orElse(""))
                    .append("</td><td class=\"num\">").append(r.node("value").map(k::number).orElse("?"))
                    .append("</td><td>").append(k.literal(f, GCM + "unit").map(t -> t.html(k.lang())).orElse(""))
                    .append("</td><td>").append(ResourcePages.period(k, r.node("start").orElse(null),
                            r.node("end").orElse(null))).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n</section>\n");
    }

    /** The objectives of an action, for lists of actions outside an objective's page. */
    static String objectives(PageKit k, Node action) {
        List<String> items = new ArrayList<>();
        for (Node o : k.objects(action, GCM + "objective")) {
            items.add(objective(k, o));
        }
        return k.list(items);
    }
}
