package org.gcmkg.publish;

import static org.gcmkg.page.Markup.esc;
import static org.gcmkg.publish.ResourcePages.GCM;
import static org.gcmkg.publish.ResourcePages.ORG;
import static org.gcmkg.publish.ResourcePages.fact;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * The page of an institution: its names and acronym (also as the report prints them), its kind, the body it is
 * part of and the bodies part of it, its participation in each edition (asked, sent, included, with the report's
 * footnote where a contribution was left out), the programmes that are its initiative, and the reported actions
 * it is responsible for, a partner in, present at or the framework of.
 */
final class InstitutionView implements ResourcePages.View {
    private static final PageQuery PARTICIPATION = PageQuery.resource(InstitutionView.class,
            "institution-participation");
    private static final PageQuery ACTIONS = PageQuery.resource(InstitutionView.class, "institution-actions");

    @Override
    public String kind(Node i, ResourcePages.Context c) {
        PageKit k = c.kit();
        return k.list(k.objects(i, RDF.type.getURI()).stream().filter(Node::isURI)
                .map(t -> k.label(t).html(k.lang())).toList());
    }

    @Override
    public String sections(Node i, ResourcePages.Context c) {
        PageKit k = c.kit();
        StringBuilder b = new StringBuilder("<dl class=\"facts\">\n");
        fact(b, k.t("institution.acronym"), k.object(i, GCM + "acronym").map(n -> esc(n.getLiteralLexicalForm()))
                .orElse(""));
        fact(b, k.t("institution.asPrinted"), k.object(i, GCM + "nameAsPrinted")
                .map(n -> "<span lang=\"es\">" + esc(n.getLiteralLexicalForm()) + "</span>").orElse(""));
        fact(b, k.t("institution.partOf"), k.list(k.objects(i, ORG + "subOrganizationOf").stream()
                .map(p -> ResourcePages.institution(k, p) + " — " + k.label(p).html(k.lang())).toList()));
        List<Node> parts = c.kit().subjects(ORG + "subOrganizationOf", i);
        fact(b, k.t("institution.parts", "count", parts.size()), k.list(parts.stream()
                .map(p -> ResourcePages.institution(k, p)).sorted(k.collator()).toList()));
        List<Node> initiatives = k.subjects(GCM + "initiativeOf", i);
        fact(b, k.t("institution.initiatives", "count", initiatives.size()), k.list(initiatives.stream()
                .map(k::link).sorted(k.collator()).toList()));
        b.append("</dl>\n");
        participation(b, i, c);
        b.append("<section aria-labelledby=\"actions\">\n<h2 id=\"actions\">").append(k.t("institution.actions"))
                .append("</h2>\n")
                .append(ResourcePages.actionsByEdition(c, k.query(ACTIONS, i), r -> {
                    StringBuilder extra = new StringBuilder();
                    fact(extra, k.t("action.objective"), ActionView.objectives(k, r.node("action").orElseThrow()));
                    fact(extra, k.t("institution.role"), k.t(role(r.text("role").orElse(""))));
                    return extra.toString();
                }, k.t("institution.noActions")))
                .append("</section>\n");
        return b.toString();
    }

    /** The message key of an institution's role in an action. */
    private static String role(String property) {
        return switch (property.substring(property.lastIndexOf('#') + 1)) {
            case "partner" -> "institution.rolePartner";
            case "attendedBy" -> "institution.rolePresent";
            case "inFrameworkOf" -> "institution.roleFramework";
            default -> "institution.roleResponsible";
        };
    }

    private static void participation(StringBuilder b, Node i, ResourcePages.Context c) {
        PageKit k = c.kit();
        List<PageQuery.Row> rows = k.query(PARTICIPATION, i).stream()
                .filter(r -> c.inEdition(r.node("report").orElse(null))).toList();
        b.append("<section aria-labelledby=\"participation\">\n<h2 id=\"participation\">")
                .append(k.t("institution.participation")).append("</h2>\n");
        if (rows.isEmpty()) {
            b.append("<p>").append(k.t("institution.noParticipation")).append("</p>\n</section>\n");
            return;
        }
        b.append("<p>").append(k.t("institution.participationLead")).append("</p>\n")
                .append("<div class=\"scroll\" tabindex=\"0\"><table id=\"participation-table\" class=\"data\">\n<thead><tr>")
                .append("<th scope=\"col\">").append(k.t("edition.label")).append("</th><th scope=\"col\">")
                .append(k.t("institution.asked")).append("</th><th scope=\"col\">").append(k.t("institution.sent"))
                .append("</th><th scope=\"col\">").append(k.t("institution.included")).append("</th><th scope=\"col\">")
                .append(k.t("institution.note")).append("</th></tr></thead>\n<tbody>\n");
        for (PageQuery.Row r : rows) {
            Node participation = r.node("participation").orElseThrow();
            Node report = r.node("report").orElse(null);
            c.show(report);
            b.append("<tr><th scope=\"row\">")
                    .append(report == null ? "" : c.editions().mark(k, report, r.node("graph").orElse(null)))
                    .append(r.text("row").map(row -> "<br><small>" + k.t("institution.annexRow", "row", row)
                            + "</small>").orElse(""))
                    .append("</th><td>").append(ResourcePages.yesNo(k, r.bool("requested")))
                    .append("</td><td>").append(ResourcePages.yesNo(k, r.bool("sent")))
                    .append("</td><td>").append(r.bool("sent").orElse(false)
                            ? ResourcePages.yesNo(k, r.bool("included")) : "—")
                    .append("</td><td>");
            Optional<Node> excluded = r.node("excluded");
            excluded.ifPresent(p -> b.append(k.m().format("institution.excluded", "programme", k.link(p))));
            k.literal(participation, GCM + "exclusionReason").ifPresent(t -> b.append(" ").append(t.html(k.lang())));
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n</section>\n");
    }
}
