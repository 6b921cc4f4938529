package org.gcmkg.publish;

import static org.gcmkg.page.Markup.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.vocab.Gcm;

/**
 * The pages of the resources that readers go to most, each built from SPARQL on the live data and laid out for
 * its kind: objectives, institutions, report editions, reported actions and programmes. Each page marks what comes
 * from which edition (and from which submission, for data that did not come with the service), can be limited to
 * one edition with {@code ?edition=IRI}, names the editions it shows in its footer, and ends with all the
 * statements of the resource. Other resources get the generic page of {@link ResourcePageRenderer}.
 */
final class ResourcePages {
    static final String GCM = Gcm.NS;
    static final String DCT = "http://purl.org/dc/terms/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String ORG = "http://www.w3.org/ns/org#";
    private static final Set<String> INSTITUTION_TYPES = Set.of(GCM + "Institution", GCM + "PublicBody",
            GCM + "InternationalOrganisation", GCM + "ForeignGovernmentBody", GCM + "OtherOrganisation");

    /** What a view needs while it builds one page. */
    record Context(PageKit kit, Editions editions, Optional<Node> edition, Set<Node> shown) {
        /** Whether a row of {@code report} is shown under the page's edition filter. */
        boolean inEdition(Node report) {
            return edition.isEmpty() || edition.get().equals(report);
        }

        /** Records that the page shows data of {@code report}, for its footer. */
        void show(Node report) {
            if (report != null) {
                shown.add(report);
            }
        }
    }

    /** A page's content for one kind of resource. */
    interface View {
        /** The line above the heading that says what the resource is. */
        String kind(Node resource, Context c);

        /** The sections after the heading. */
        String sections(Node resource, Context c);
    }

    private final Publication publication;
    private final ResourcePageRenderer generic;
    private final Map<String, View> views = new LinkedHashMap<>();

    ResourcePages(Publication publication) {
        this.publication = publication;
        this.generic = new ResourcePageRenderer(publication.settings().iris());
        views.put(GCM + "Objective", new ObjectiveView());
        views.put(GCM + "Report", new ReportView());
        views.put(GCM + "ReportedAction", new ActionView());
        views.put(GCM + "Programme", new ProgrammeView());
        InstitutionView institutions = new InstitutionView();
        INSTITUTION_TYPES.forEach(t -> views.put(t, institutions));
    }

    /** The editions the data holds. */
    Editions editions() {
        return Editions.read(publication.dataset(), publication.settings().queryTimeoutMillis());
    }

    /**
     * The page of a described resource: the page of its kind when it has one, else the generic page.
     *
     * @param edition the edition the page is limited to, if any; an edition the data holds
     */
    String page(Description d, String selfPath, List<Representation> alternates, UiLanguage lang,
            Optional<Node> edition) {
        Optional<View> view = view(d);
        if (view.isEmpty()) {
            return generic.resourcePage(d, selfPath, alternates, lang);
        }
        DatasetGraph ds = publication.dataset();
        return Txn.calculateRead(ds, () -> {
            PageKit kit = new PageKit(lang, publication.settings().iris(), ds, ds.getUnionGraph(),
                    publication.settings().queryTimeoutMillis());
            Editions editions = Editions.read(ds, publication.settings().queryTimeoutMillis());
            Context c = new Context(kit, editions, edition, new LinkedHashSet<>());
            Node r = d.resource();
            Labels labels = new Labels(d.graph());
            StringBuilder header = new StringBuilder();
            header.append("<p class=\"kind\">").append(view.get().kind(r, c)).append("</p>\n");
            ResourcePageRenderer.title(header, r, labels, lang);
            header.append("<p class=\"iri\">IRI: <code>").append(esc(r.getURI())).append("</code></p>\n");
            StringBuilder main = new StringBuilder();
            main.append(editionChoice(c, selfPath));
            main.append(view.get().sections(r, c));
            main.append(generic.allStatements(d, lang, true));
            return Html.page(lang, ResourcePageRenderer.name(r, labels, lang), alternates, selfPath,
                    header.toString(), main.toString(), editions.sourceLine(kit, List.copyOf(c.shown())));
        });
    }

    private Optional<View> view(Description d) {
        List<String> types = d.graph().find(d.resource(), RDF.type.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().isURI() ? t.getObject().getURI() : "").toList();
        return views.entrySet().stream().filter(e -> types.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }

    /** The links that limit the page to one edition, when the data holds more than one. */
    private static String editionChoice(Context c, String selfPath) {
        List<Editions.Edition> all = c.editions().all();
        if (all.size() < 2) {
            return "";
        }
        PageKit k = c.kit();
        StringBuilder b = new StringBuilder("<nav class=\"editions\" aria-label=\"").append(k.t("edition.choose"))
                .append("\">\n<span>").append(k.t("edition.choose")).append(":</span>\n<ul>\n<li><a href=\"")
                .append(esc(selfPath)).append("\"").append(c.edition().isEmpty() ? " aria-current=\"page\"" : "")
                .append(">").append(k.t("edition.all")).append("</a></li>\n");
        for (Editions.Edition e : all) {
            boolean current = c.edition().map(e.report()::equals).orElse(false);
            b.append("<li><a href=\"").append(esc(selfPath + "?edition=" + java.net.URLEncoder.encode(
                            e.report().getURI(), java.nio.charset.StandardCharsets.UTF_8)))
                    .append("\"").append(current ? " aria-current=\"page\"" : "").append(">")
                    .append(k.label(e.report()).text().isEmpty() ? "" : esc(Editions.name(k, e.report())))
                    .append(e.submitted() ? " <small>(" + k.t("edition.submitted") + ")</small>" : "")
                    .append("</a></li>\n");
        }
        return b.append("</ul>\n</nav>\n").toString();
    }

    // ---- pieces that several views share ---------------------------------------------------------------------

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The code of an action, as the report numbers it: objective and item, such as 7-3. */
    static Optional<String> actionCode(PageKit k, Node action) {
        Optional<String> objective = k.object(action, GCM + "objective")
                .flatMap(o -> k.object(o, SKOS + "notation")).map(Node::getLiteralLexicalForm);
        Optional<String> item = k.object(action, GCM + "itemNumber").map(Node::getLiteralLexicalForm);
        return objective.isPresent() && item.isPresent() ? Optional.of(objective.get() + "-" + item.get())
                : Optional.empty();
    }

    /** An institution as a link: its acronym, with its name as the abbreviation's expansion, or its name. */
    static String institution(PageKit k, Node inst) {
        Optional<String> acronym = k.object(inst, GCM + "acronym").map(Node::getLiteralLexicalForm);
        PageKit.Text name = k.label(inst);
        if (acronym.isPresent()) {
            return k.link(inst, "<abbr title=\"" + esc(name.text()) + "\"" + (name.lang().isEmpty()
                    || name.lang().equals(k.lang().code()) ? "" : " lang=\"" + esc(name.lang()) + "\"") + ">"
                    + esc(acronym.get()) + "</abbr>");
        }
        return k.link(inst);
    }

    /** The institutions of an action with one role, as a list. */
    static String institutions(PageKit k, List<PageQuery.Row> parties, String role) {
        List<String> items = new ArrayList<>();
        for (PageQuery.Row r : parties) {
            if (r.text("role").orElse("").equals(GCM + role)) {
                items.add(institution(k, r.node("institution").orElseThrow()));
            }
        }
        return k.list(items);
    }

    /** A figure: value and unit, what it counts and the period it covers. */
    static String figure(PageKit k, PageQuery.Row f) {
        Node fig = f.node("figure").orElseThrow();
        StringBuilder b = new StringBuilder("<span class=\"figure\"><strong>")
                .append(f.node("value").map(k::number).orElse("?")).append("</strong>");
        k.literal(fig, GCM + "unit").ifPresent(u -> b.append(" ").append(u.html(k.lang())));
        k.literal(fig, GCM + "quantity").ifPresent(q -> b.append(" — ").append(q.html(k.lang())));
        String period = period(k, f.node("start").orElse(null), f.node("end").orElse(null));
        if (!period.isEmpty()) {
            b.append(" (").append(period).append(")");
        }
        return b.append("</span>").toString();
    }

    /** A period from two dates, either of which may be missing. */
    static String period(PageKit k, Node start, Node end) {
        if (start != null && end != null) {
            return k.m().format("period.range", "start", k.date(start), "end", k.date(end));
        }
        if (start != null) {
            return k.m().format("period.from", "start", k.date(start));
        }
        if (end != null) {
            return k.m().format("period.until", "end", k.date(end));
        }
        return "";
    }

    /** A definition-list entry, left out when the value is empty. */
    static void fact(StringBuilder b, String termHtml, String valueHtml) {
        if (valueHtml != null && !valueHtml.isBlank()) {
            b.append("<dt>").append(termHtml).append("</dt><dd>").append(valueHtml).append("</dd>\n");
        }
    }

    /** One reported action in a list: code, title, edition, institutions and figures. */
    static String actionItem(Context c, Node action, Node report, Node graph, String extraHtml) {
        PageKit k = c.kit();
        List<PageQuery.Row> parties = k.query(ActionView.PARTIES, action);
        List<PageQuery.Row> figures = k.query(ActionView.FIGURES, action);
        StringBuilder b = new StringBuilder("<li class=\"action\" data-action=\"").append(esc(action.getURI()))
                .append("\"");
        Optional<String> code = actionCode(k, action);
        code.ifPresent(s -> b.append(" data-code=\"").append(esc(s)).append("\""));
        b.append(">\n<p class=\"action-title\">");
        code.ifPresent(s -> b.append("<span class=\"code\">").append(esc(s)).append("</span> "));
        b.append(k.link(action)).append("</p>\n<dl class=\"inline\">\n");
        if (report != null) {
            fact(b, k.t("edition.label"), c.editions().mark(k, report, graph));
        }
        b.append(extraHtml);
        fact(b, k.t("action.responsible"), institutions(k, parties, "responsibleInstitution"));
        fact(b, k.t("action.partners"), institutions(k, parties, "partner"));
        List<String> figs = figures.stream().map(f -> figure(k, f)).toList();
        fact(b, k.t("action.figures", "count", figs.size()), String.join("<br>", figs));
        return b.append("</dl>\n</li>\n").toString();
    }

    /**
     * Actions grouped by edition, each group in the edition's order: rows with {@code action}, {@code report}
     * and {@code graph}; {@code extra} adds facts to each item.
     */
    static String actionsByEdition(Context c, List<PageQuery.Row> rows, java.util.function.Function<PageQuery.Row,
            String> extra, String emptyHtml) {
        PageKit k = c.kit();
        Map<Node, List<PageQuery.Row>> byReport = new LinkedHashMap<>();
        Set<Node> seen = new LinkedHashSet<>();
        for (PageQuery.Row r : rows) {
            Node report = r.node("report").orElse(null);
            Node action = r.node("action").orElseThrow();
            if (c.inEdition(report) && seen.add(action)) {
                byReport.computeIfAbsent(report, x -> new ArrayList<>()).add(r);
            }
        }
        if (byReport.isEmpty()) {
            return "<p>" + emptyHtml + "</p>\n";
        }
        StringBuilder b = new StringBuilder();
        List<Node> order = new ArrayList<>();
        c.editions().all().forEach(e -> {
            if (byReport.containsKey(e.report())) {
                order.add(e.report());
            }
        });
        byReport.keySet().stream().filter(Predicate.not(order::contains)).forEach(order::add);
        for (Node report : order) {
            List<PageQuery.Row> group = byReport.get(report);
            c.show(report);
            b.append("<section class=\"edition-group\"");
            if (report != null) {
                b.append(" data-edition=\"").append(esc(report.getURI())).append("\"");
            }
            b.append(">\n<h3>").append(report == null ? k.t("edition.unknown") : esc(Editions.name(k, report)))
                    .append(" <small>").append(k.t("action.count", "count", group.size())).append("</small></h3>\n")
                    .append("<ol class=\"actions\">\n");
            for (PageQuery.Row r : group) {
                b.append(actionItem(c, r.node("action").get(), report, r.node("graph").orElse(null),
                        extra.apply(r)));
            }
            b.append("</ol>\n</section>\n");
        }
        return b.toString();
    }

    /** A yes/no/unknown answer. */
    static String yesNo(PageKit k, Optional<Boolean> value) {
        return value.map(v -> k.t(v ? "answer.yes" : "answer.no")).orElse(k.t("answer.unknown"));
    }
}
