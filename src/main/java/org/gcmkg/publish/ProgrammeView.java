package org.gcmkg.publish;

import static org.gcmkg.page.Markup.esc;
import static org.gcmkg.publish.ResourcePages.DCT;
import static org.gcmkg.publish.ResourcePages.GCM;
import static org.gcmkg.publish.ResourcePages.fact;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * The page of a programme: its summary, where the report speaks of it, whose initiative it is, when it started,
 * ended, was published or was made, the reported actions that belong to it or
 * relate to it (by edition, with their objectives, institutions and figures), and any report that left it out.
 */
final class ProgrammeView implements ResourcePages.View {
    private static final PageQuery ACTIONS = PageQuery.resource(ProgrammeView.class, "programme-actions");
    private static final PageQuery EXCLUSIONS = PageQuery.resource(ProgrammeView.class, "programme-exclusions");

    @Override
    public String kind(Node p, ResourcePages.Context c) {
        return c.kit().t("programme.kind");
    }

    @Override
    public String sections(Node p, ResourcePages.Context c) {
        PageKit k = c.kit();
        StringBuilder b = new StringBuilder();
        k.literal(p, DCT + "description").ifPresent(d -> b.append("<p class=\"summary lead\"")
                .append(d.lang().isEmpty() || d.lang().equals(k.lang().code()) ? "" : " lang=\"" + esc(d.lang()) + "\"")
                .append(">").append(esc(d.text())).append("</p>\n"));
        b.append("<dl class=\"facts\">\n");
        ActionView.origin(b, c, k.query(ActionView.FACTS, p));
        fact(b, k.t("programme.initiativeOf"), k.list(k.objects(p, GCM + "initiativeOf").stream()
                .map(i -> ResourcePages.institution(k, i)).sorted(k.collator()).toList()));
        k.object(p, GCM + "startDate").ifPresent(d -> fact(b, k.t("action.start"), k.date(d)));
        k.object(p, GCM + "endDate").ifPresent(d -> fact(b, k.t("action.end"), k.date(d)));
        k.object(p, DCT + "issued").ifPresent(d -> fact(b, k.t("programme.issued"), k.date(d)));
        k.object(p, DCT + "created").ifPresent(d -> fact(b, k.t("programme.created"), k.date(d)));
        b.append("</dl>\n");
        List<PageQuery.Row> exclusions = k.query(EXCLUSIONS, p).stream()
                .filter(r -> c.inEdition(r.node("report").orElse(null))).toList();
        if (!exclusions.isEmpty()) {
            b.append("<section aria-labelledby=\"left-out\">\n<h2 id=\"left-out\">").append(k.t("programme.leftOut"))
                    .append("</h2>\n<ul>\n");
            for (PageQuery.Row r : exclusions) {
                Node participation = r.node("participation").orElseThrow();
                r.node("report").ifPresent(c::show);
                // The arguments are HTML already: the message's own text has nothing to escape.
                b.append("<li>").append(k.m().format("programme.leftOutBy",
                        "institution", r.node("institution").map(i -> ResourcePages.institution(k, i)).orElse("?"),
                        "report", r.node("report").map(rep -> k.link(rep, esc(Editions.name(k, rep)))).orElse("?")));
                k.literal(participation, ResourcePages.GCM + "exclusionReason")
                        .ifPresent(t -> b.append(" ").append(t.html(k.lang())));
                b.append("</li>\n");
            }
            b.append("</ul>\n</section>\n");
        }
        b.append("<section aria-labelledby=\"actions\">\n<h2 id=\"actions\">").append(k.t("programme.actions"))
                .append("</h2>\n")
                .append(ResourcePages.actionsByEdition(c, k.query(ACTIONS, p), r -> {
                    StringBuilder extra = new StringBuilder();
                    fact(extra, k.t("action.objective"), ActionView.objectives(k, r.node("action").orElseThrow()));
                    if (r.text("role").orElse("").endsWith("relatedProgramme")) {
                        fact(extra, k.t("programme.relation"), k.t("programme.related"));
                    }
                    return extra.toString();
                }, k.t("programme.noActions")))
                .append("</section>\n");
        return b.toString();
    }
}
