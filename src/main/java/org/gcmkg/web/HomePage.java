package org.gcmkg.web;

import static org.gcmkg.page.Markup.esc;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gcmkg.publish.Dump;
import org.gcmkg.publish.IriMapping;
import org.gcmkg.page.Paths;
import org.gcmkg.publish.Publication;
import org.gcmkg.publish.Representation;
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

import com.ibm.icu.text.NumberFormat;

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
    private final transient PageQuery facts = PageQuery.resource(WebExtension.class, "home");
    private final transient PageQuery headline;

    HomePage(Publication publication) {
        this.publication = publication;
        this.headline = PageQuery.named(publication.queries(), "headline-figures");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UiLanguage lang = UiLanguage.of(req, resp);
        Messages m = lang.messages(WebExtension.AREA);
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
        HtmlResponse.send(req, resp, lang, "Accept", Layout.page(lang, Layout.selfUrl(req),
                m.format("home.pageTitle"), head.toString(), main(lang, m, about, figures), ""),
                publication.snapshot().modified());
    }

    private String main(UiLanguage lang, Messages m, Optional<Row> about, Optional<Row> figures) {
        IriMapping iris = publication.settings().iris();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(m.format("home.title"))).append("</h1>\n");
        if (about.isPresent()) {
            Row a = about.get();
            b.append("<p class=\"lead\">").append(m.format("home.lead",
                    "compact", esc(a.text("compact", lang)),
                    "report", "<cite>" + esc(a.text("report", lang)) + "</cite>",
                    "publisher", esc(publisherName(a)),
                    "period", esc(a.text("period", lang)))).append("</p>\n");
        }
        b.append("<section aria-labelledby=\"figures\">\n<h2 id=\"figures\">")
                .append(esc(m.format("home.figures"))).append("</h2>\n")
                .append("<ul class=\"figures\">\n")
                .append(figure("programmes-and-actions", figures.flatMap(f -> f.number("programmes_and_actions")),
                        m, "home.figure.actions", lang))
                .append(figure("contributing-institutions",
                        figures.flatMap(f -> f.number("contributing_institutions")), m, "home.figure.institutions",
                        lang))
                .append(figure("objectives", about.flatMap(a -> a.number("objectives")), m, "home.figure.objectives",
                        lang))
                .append("</ul>\n<p class=\"muted\">")
                .append(m.format("home.figuresNote", "query", "<a href=\"" + esc(WebPaths.EXPLORE)
                        + "?example=headline-figures\">headline-figures</a>"))
                .append("</p>\n</section>\n");
        about.ifPresent(a -> facts(b, lang, m, a, iris));
        b.append("<section aria-labelledby=\"use\">\n<h2 id=\"use\">")
                .append(esc(m.format("home.use"))).append("</h2>\n<ul class=\"cards\">\n")
                .append(card(WebPaths.OBJECTIVES, m, "objectives"))
                .append(card(WebPaths.EXPLORE, m, "query"))
                .append(card(WebPaths.VALIDATOR, m, "validator"))
                .append(card(Paths.CATALOG, m, "catalogue"))
                .append(card(Paths.ONTOLOGY, m, "ontology"))
                .append("<li><a href=\"").append(esc(Paths.SPARQL)).append("\">")
                .append(esc(m.format("home.card.sparql"))).append("</a><p>")
                .append(m.format("home.card.sparqlText", "endpoint", "<code>" + esc(Paths.SPARQL) + "</code>"))
                .append("</p></li>\n")
                .append("</ul>\n</section>\n");
        b.append("<section aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">")
                .append(esc(m.format("home.downloads"))).append("</h2>\n<ul>\n");
        for (Dump d : publication.snapshot().dumps()) {
            b.append("<li><a href=\"").append(esc(Paths.DUMPS + d.fileName())).append("\" download>")
                    .append(esc(lang == UiLanguage.ES ? d.titleEs() : d.titleEn())).append("</a> <small>")
                    .append(esc(d.fileName())).append(", ").append(kilobytes(d.size(), lang)).append("</small></li>\n");
        }
        b.append("</ul>\n<p><a href=\"").append(Paths.CATALOG).append("\">").append(esc(m.format("home.downloadsMore")))
                .append("</a></p>\n</section>\n");
        return b.toString();
    }

    private static void facts(StringBuilder b, UiLanguage lang, Messages m, Row a, IriMapping iris) {
        b.append("<section aria-labelledby=\"about\">\n<h2 id=\"about\">")
                .append(esc(m.format("home.about"))).append("</h2>\n<dl class=\"facts\">\n")
                .append("<dt>").append(esc(m.format("home.compact"))).append("</dt><dd>")
                .append(link(iris, a.text("compact").orElse(""), a.text("compact", lang)))
                .append(a.text("compact_id").map(id -> " (" + esc(id) + ")").orElse("")).append("</dd>\n")
                .append("<dt>").append(esc(m.format("home.report"))).append("</dt><dd>")
                .append(link(iris, a.text("report").orElse(""), a.text("report", lang))).append("</dd>\n")
                .append("<dt>").append(esc(m.format("home.period"))).append("</dt><dd>")
                .append(esc(a.text("period", lang))).append("</dd>\n")
                .append("<dt>").append(esc(m.format("home.publisher"))).append("</dt><dd>")
                .append(link(iris, a.text("publisher").orElse(""), a.text("publisher_acronym").orElse("") + " — "
                        + a.text("publisher", lang)));
        if (a.text("parent").isPresent()) {
            b.append(m.format("home.partOf", "parent", link(iris, a.text("parent").get(),
                    a.text("parent_acronym").orElse("") + " — " + a.text("parent", lang))));
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

    private static String figure(String key, Optional<Long> value, Messages m, String labelKey, UiLanguage lang) {
        return "<li data-figure=\"" + key + "\"><span class=\"value\">"
                + value.map(v -> esc(NumberFormat.getIntegerInstance(lang.language().locale()).format(v))).orElse("?")
                + "</span> <span class=\"label\">" + esc(m.format(labelKey, "count", value.orElse(0L)))
                + "</span></li>\n";
    }

    private static String card(String href, Messages m, String key) {
        return "<li><a href=\"" + esc(href) + "\">" + esc(m.format("home.card." + key)) + "</a><p>"
                + esc(m.format("home.card." + key + "Text")) + "</p></li>\n";
    }

    private static String kilobytes(long bytes, UiLanguage lang) {
        NumberFormat f = NumberFormat.getIntegerInstance(lang.language().locale());
        return esc(f.format(Math.round(bytes / 1000.0))) + " kB";
    }
}
