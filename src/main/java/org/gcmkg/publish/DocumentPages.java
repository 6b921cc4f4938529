package org.gcmkg.publish;

import static org.gcmkg.page.Markup.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.page.Paths;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.page.WebPaths;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;

/**
 * The catalogue and the VoID description written for people: what can be downloaded, in which format, how big,
 * with which checksum, under which licence and how to cite it; what the dataset holds, in numbers, graphs,
 * classes and properties. Both end with all the statements of the document, which the other formats carry.
 */
final class DocumentPages {
    private final Publication publication;
    private final ResourcePageRenderer generic;

    DocumentPages(Publication publication) {
        this.publication = publication;
        this.generic = new ResourcePageRenderer(publication.settings().iris());
    }

    private <T> T withKit(UiLanguage lang, java.util.function.Function<PageKit, T> work) {
        DatasetGraph ds = publication.dataset();
        return Txn.calculateRead(ds, () -> work.apply(new PageKit(lang, publication.settings().iris(), ds,
                ds.getUnionGraph(), publication.settings().queryTimeoutMillis())));
    }

    /** The catalogue's page. */
    String catalogue(Graph g, Snapshot s, ServiceUrls urls, String selfPath, List<Representation> alternates,
            UiLanguage lang) {
        return withKit(lang, k -> {
            IriMapping iris = publication.settings().iris();
            StringBuilder header = new StringBuilder("<h1>").append(k.t("catalogue.title")).append("</h1>\n")
                    .append("<p class=\"lead\">").append(esc(lang == UiLanguage.ES ? DatasetFacts.DESCRIPTION_ES
                            : DatasetFacts.DESCRIPTION_EN)).append("</p>\n");
            StringBuilder b = new StringBuilder();
            b.append("<section aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">").append(k.t("catalogue.downloads"))
                    .append("</h2>\n<p>").append(k.t("catalogue.downloadsLead")).append("</p>\n")
                    .append("<ul class=\"downloads\">\n");
            for (Dump d : s.dumps()) {
                b.append("<li class=\"download\" data-file=\"").append(esc(d.fileName())).append("\">\n<h3><a href=\"")
                        .append(esc(Paths.DUMPS + d.fileName())).append("\" download>").append(esc(d.fileName()))
                        .append("</a></h3>\n<p>").append(esc(lang == UiLanguage.ES ? d.titleEs() : d.titleEn()))
                        .append("</p>\n<dl class=\"facts\">\n");
                ResourcePages.fact(b, k.t("catalogue.format"), k.t("catalogue.formatValue", "format",
                        formatName(d.mediaType()), "type", d.mediaType()));
                ResourcePages.fact(b, k.t("catalogue.size"), size(d.size(), lang) + " <small>("
                        + k.t("catalogue.bytes", "count", d.size()) + ")</small>");
                ResourcePages.fact(b, k.t("catalogue.checksum"), "<code class=\"checksum\">" + esc(d.sha256())
                        + "</code>");
                ResourcePages.fact(b, k.t("catalogue.modified"), dateTime(d.modified(), lang));
                ResourcePages.fact(b, k.t("catalogue.url"), "<code>" + esc(urls.dump(d.fileName())) + "</code>");
                b.append("</dl>\n</li>\n");
            }
            b.append("</ul>\n<p class=\"muted\">").append(k.t("catalogue.verify")).append(" <code>sha256sum ")
                    .append(esc(s.dumps().isEmpty() ? "" : s.dumps().get(0).fileName())).append("</code></p>\n")
                    .append("</section>\n");
            b.append("<section aria-labelledby=\"query\">\n<h2 id=\"query\">").append(k.t("catalogue.query"))
                    .append("</h2>\n<p>").append(k.m().format("catalogue.queryLead", "endpoint",
                            "<code>" + esc(urls.sparql()) + "</code>", "page",
                            "<a href=\"" + WebPaths.EXPLORE + "\">" + k.t("catalogue.queryPage") + "</a>"))
                    .append("</p>\n</section>\n");
            b.append("<section aria-labelledby=\"licence\">\n<h2 id=\"licence\">").append(k.t("catalogue.licence"))
                    .append("</h2>\n<p>").append(k.m().format("catalogue.licenceLead", "licence",
                            "<a href=\"" + esc(Vocab.CC_BY_4.getURI()) + "\" rel=\"license\">"
                                    + k.t("catalogue.licenceName") + "</a>"))
                    .append("</p>\n<h3>").append(k.t("catalogue.cite")).append("</h3>\n<p class=\"citation\">")
                    .append(k.m().format("catalogue.citation", "publisher", k.t("catalogue.project"),
                            "year", s.modified().toString().substring(0, 4),
                            "title", "<cite>" + esc(lang == UiLanguage.ES ? DatasetFacts.TITLE_ES
                                    : DatasetFacts.TITLE_EN) + "</cite>",
                            "date", dateTime(s.modified(), lang),
                            "iri", "<code>" + esc(iris.iri(Paths.DATASET_IRI)) + "</code>"))
                    .append("</p>\n</section>\n");
            DataCoverage c = s.coverage();
            b.append("<section aria-labelledby=\"coverage\">\n<h2 id=\"coverage\">").append(k.t("catalogue.coverage"))
                    .append("</h2>\n<dl class=\"facts\">\n");
            ResourcePages.fact(b, k.t("catalogue.reports", "count", c.reports().size()),
                    k.list(c.reports().stream().map(r -> k.link(r, esc(Editions.name(k, r)))).toList()));
            ResourcePages.fact(b, k.t("catalogue.period"), ResourcePages.period(k, c.start().orElse(null),
                    c.end().orElse(null)));
            ResourcePages.fact(b, k.t("catalogue.countries"), k.list(c.countries().stream().map(k::link).toList()));
            ResourcePages.fact(b, k.t("catalogue.objectives"), "<a href=\"" + WebPaths.OBJECTIVES + "\">"
                    + k.number(c.objectives().size()) + "</a>");
            ResourcePages.fact(b, k.t("catalogue.publisher"), k.t("catalogue.project"));
            b.append("</dl>\n</section>\n");
            b.append(allStatements(k, g, List.of(node(iris.iri(Paths.CATALOG_IRI)), node(iris.iri(Paths.DATASET_IRI))),
                    lang));
            return Html.page(lang, k.m().format("catalogue.title"), alternates, selfPath, header.toString(),
                    b.toString());
        });
    }

    /** The VoID description's page. */
    String voidPage(Graph g, Snapshot s, ServiceUrls urls, String selfPath, List<Representation> alternates,
            UiLanguage lang) {
        return withKit(lang, k -> {
            IriMapping iris = publication.settings().iris();
            VoidStatistics v = s.statistics();
            StringBuilder header = new StringBuilder("<h1>").append(k.t("void.title")).append("</h1>\n")
                    .append("<p class=\"lead\">").append(k.t("void.lead")).append("</p>\n");
            StringBuilder b = new StringBuilder();
            b.append("<section aria-labelledby=\"numbers\">\n<h2 id=\"numbers\">").append(k.t("void.numbers"))
                    .append("</h2>\n<ul class=\"figures\">\n");
            figure(b, k, "triples", v.triples(), "void.triples");
            figure(b, k, "entities", v.entities(), "void.entities");
            figure(b, k, "classes", v.classPartitions().size(), "void.classes");
            figure(b, k, "properties", v.propertyPartitions().size(), "void.properties");
            b.append("</ul>\n<p class=\"muted\">").append(k.t("void.subjectsObjects", "subjects", v.distinctSubjects(),
                    "objects", v.distinctObjects())).append("</p>\n</section>\n");
            b.append("<section aria-labelledby=\"graphs\">\n<h2 id=\"graphs\">").append(k.t("void.graphs"))
                    .append("</h2>\n<div class=\"scroll\" tabindex=\"0\"><table class=\"data\" id=\"graphs-table\">\n<thead><tr><th scope=\"col\">")
                    .append(k.t("void.graph")).append("</th><th scope=\"col\" class=\"num\">").append(k.t("void.triplesColumn"))
                    .append("</th></tr></thead>\n<tbody>\n");
            v.graphTriples().forEach((graph, n) -> b.append("<tr><td>").append(k.link(node(graph),
                    "<code>" + esc(graph) + "</code>")).append("</td><td class=\"num\">").append(k.number(n))
                    .append("</td></tr>\n"));
            b.append("</tbody>\n</table></div>\n</section>\n");
            partitions(b, k, "classes-table", "void.classTable", "void.class", "void.instances", v.classPartitions());
            partitions(b, k, "properties-table", "void.propertyTable", "void.property", "void.triplesColumn",
                    v.propertyPartitions());
            b.append("<section aria-labelledby=\"access\">\n<h2 id=\"access\">").append(k.t("void.access"))
                    .append("</h2>\n<dl class=\"facts\">\n");
            ResourcePages.fact(b, k.t("void.endpoint"), "<code>" + esc(urls.sparql()) + "</code>");
            ResourcePages.fact(b, k.t("void.dumps"), k.list(s.dumps().stream().map(d -> "<a href=\""
                    + esc(Paths.DUMPS + d.fileName()) + "\" download>" + esc(d.fileName()) + "</a>").toList()));
            ResourcePages.fact(b, k.t("void.iriSpace"), "<code>" + esc(iris.iriBase()) + "</code>");
            ResourcePages.fact(b, k.t("void.vocabularies"), "<ul class=\"values\">" + String.join("", v.vocabularies()
                    .stream().map(voc -> "<li><code>" + esc(voc) + "</code></li>").toList()) + "</ul>");
            ResourcePages.fact(b, k.t("void.examples"), k.list(v.exampleResources().stream()
                    .map(e -> k.link(node(e))).toList()));
            b.append("</dl>\n</section>\n");
            b.append(allStatements(k, g, List.of(node(iris.iri(Paths.DATASET_IRI))), lang));
            return Html.page(lang, k.m().format("void.title"), alternates, selfPath, header.toString(), b.toString());
        });
    }

    private String allStatements(PageKit k, Graph g, List<Node> focus, UiLanguage lang) {
        return "<section class=\"all-statements\" aria-labelledby=\"statements\">\n<h2 id=\"statements\">"
                + k.t("statements.title") + "</h2>\n<details>\n<summary>" + k.t("statements.showDocument", "count",
                        g.size()) + "</summary>\n" + generic.resources(g, focus, lang) + "</details>\n</section>\n";
    }

    private static void figure(StringBuilder b, PageKit k, String key, long value, String labelKey) {
        b.append("<li data-figure=\"").append(key).append("\"><span class=\"value\">").append(k.number(value))
                .append("</span> <span class=\"label\">").append(k.t(labelKey, "count", value)).append("</span></li>\n");
    }

    private static void partitions(StringBuilder b, PageKit k, String id, String titleKey, String nameKey,
            String countKey, Map<String, Long> counts) {
        List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(e -> k.label(node(e.getKey())).text(), k.collator()));
        b.append("<section aria-labelledby=\"").append(id).append("-title\">\n<h2 id=\"").append(id).append("-title\">")
                .append(k.t(titleKey)).append("</h2>\n<div class=\"scroll\" tabindex=\"0\"><table class=\"data\" id=\"").append(id)
                .append("\">\n<thead><tr><th scope=\"col\">").append(k.t(nameKey)).append("</th><th scope=\"col\" class=\"num\">")
                .append(k.t(countKey)).append("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Long> e : rows) {
            Node n = node(e.getKey());
            b.append("<tr><td>").append(k.link(n)).append(" <small><code>").append(esc(Labels.shortName(n)))
                    .append("</code></small></td><td class=\"num\">").append(k.number(e.getValue())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String formatName(String mediaType) {
        return switch (mediaType) {
            case "application/n-quads" -> "N-Quads";
            case "text/turtle" -> "Turtle";
            case "application/n-triples" -> "N-Triples";
            default -> mediaType;
        };
    }

    private static String size(long bytes, UiLanguage lang) {
        NumberFormat f = NumberFormat.getNumberInstance(lang.language().locale());
        f.setMaximumFractionDigits(1);
        return bytes >= 1_000_000 ? esc(f.format(bytes / 1_000_000.0)) + " MB" : esc(f.format(bytes / 1000.0)) + " kB";
    }

    private static String dateTime(java.time.Instant t, UiLanguage lang) {
        DateFormat f = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, lang.language().locale());
        f.setTimeZone(TimeZone.GMT_ZONE);
        return "<time datetime=\"" + esc(t.toString()) + "\">" + esc(f.format(java.util.Date.from(t))) + " UTC</time>";
    }
}
