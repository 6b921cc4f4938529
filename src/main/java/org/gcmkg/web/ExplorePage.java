package org.gcmkg.web;

import static org.gcmkg.page.Markup.esc;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gcmkg.page.HtmlResponse;
import org.gcmkg.page.Layout;
import org.gcmkg.page.Paths;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.page.WebPaths;
import org.gcmkg.publish.Publication;
import org.gcmkg.query.NamedQuery;
import org.gcmkg.text.Messages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The query page: a SPARQL editor (YASQE) on this service's endpoint, beside the example queries (the named
 * queries, searchable by the words of their descriptions in both languages, each with its comments in the page's
 * language), and a result view of the page's own that renders every kind of answer: tables, yes or no, graphs as
 * Turtle or JSON-LD, the parser's error with its line and column, a timeout; and charts (bar, line, pie) drawn
 * with Chart.js from a result with a label and a number column. Result IRIs of the data open this server's
 * pages. {@code ?query=TEXT} opens a query and runs it, and is the one permalink; {@code ?example=NAME} does the
 * same for an example.
 */
final class ExplorePage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.?!])(\\s|$)");
    private static final Pattern SPANISH_LINE = Pattern.compile("^\\s*#+\\s?es:\\s?(.*)$");
    private final transient Publication publication;

    ExplorePage(Publication publication) {
        this.publication = publication;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UiLanguage lang = UiLanguage.of(req, resp);
        Messages m = lang.messages(WebExtension.AREA);
        String head = "<link rel=\"stylesheet\" href=\"" + WebPaths.ASSETS + "yasgui/yasgui.min.css\">\n"
                + "<script src=\"" + WebPaths.ASSETS + "yasgui/yasgui.min.js\" defer></script>\n"
                + "<script src=\"" + WebPaths.ASSETS + "chart/chart.umd.js\" defer></script>\n"
                + "<script src=\"" + WebPaths.ASSETS + "messages.js\" defer></script>\n"
                + "<script src=\"" + WebPaths.ASSETS + "explore.js\" defer></script>\n";
        StringBuilder main = new StringBuilder();
        main.append("<h1>").append(esc(m.format("explore.title"))).append("</h1>\n<p class=\"lead\">")
                .append(m.format("explore.lead", "endpoint", "<code>" + esc(Paths.SPARQL) + "</code>"))
                .append("</p>\n<div class=\"explore\">\n<section class=\"examples-panel\" aria-labelledby=\"examples-title\">\n")
                .append("<h2 id=\"examples-title\">").append(esc(m.format("explore.examples"))).append("</h2>\n")
                .append("<p class=\"muted\">").append(esc(m.format("explore.examplesLead"))).append("</p>\n")
                .append("<label for=\"example-search\">").append(esc(m.format("explore.search"))).append("</label>\n")
                .append("<input type=\"search\" id=\"example-search\" autocomplete=\"off\" aria-describedby=\"example-count\">\n")
                .append("<p id=\"example-count\" class=\"muted\" role=\"status\"></p>\n")
                .append("<ul class=\"examples\">\n");
        for (NamedQuery q : publication.queries().all()) {
            example(main, q, lang, m);
        }
        main.append("</ul>\n<p id=\"no-example\" class=\"note\" hidden>").append(esc(m.format("explore.noExample")))
                .append("</p>\n</section>\n<section class=\"editor-panel\" aria-labelledby=\"editor-title\">\n")
                .append("<h2 id=\"editor-title\">").append(esc(m.format("explore.editor"))).append("</h2>\n")
                .append("<div id=\"yasqe\" data-endpoint=\"").append(esc(Paths.SPARQL))
                .append("\" data-prefixes=\"").append(WebPaths.ASSETS).append("prefixes.json\" data-iri-base=\"")
                .append(esc(publication.settings().iris().iriBase())).append("\" data-timeout=\"")
                .append(publication.settings().queryTimeoutMillis()).append("\"></div>\n")
                .append("<div class=\"toolbar\">\n<button type=\"button\" class=\"action primary\" id=\"run\">")
                .append(esc(m.format("explore.run"))).append("</button>\n<a id=\"permalink\" class=\"button\" href=\"")
                .append(WebPaths.EXPLORE).append("\">").append(esc(m.format("explore.permalink")))
                .append("</a>\n<span id=\"status\" class=\"status\" role=\"status\"></span>\n</div>\n")
                .append("<p class=\"muted\">").append(esc(m.format("explore.keys"))).append("</p>\n")
                .append("<section id=\"results\" aria-labelledby=\"results-title\">\n<h3 id=\"results-title\">")
                .append(esc(m.format("explore.results"))).append("</h3>\n<div id=\"result-view\"><p class=\"muted\">")
                .append(esc(m.format("explore.noResultsYet"))).append("</p></div>\n</section>\n")
                .append("<noscript><p class=\"note\">").append(esc(m.format("explore.noscript")))
                .append("</p></noscript>\n</section>\n</div>\n");
        ScriptText texts = ScriptText.of(lang).put("defaultQuery", defaultQuery(m, lang));
        for (String key : m.keys()) {
            if (key.startsWith("js.")) {
                texts.put(key.substring(3), m.pattern(key));
            }
        }
        main.append(texts.toHtml("explore-text"));
        HtmlResponse.send(req, resp, lang, "", Layout.page(lang, Layout.selfUrl(req), m.format("explore.pageTitle"),
                head, main.toString(), ""), HtmlResponse.STARTED);
    }

    private static void example(StringBuilder b, NamedQuery q, UiLanguage lang, Messages m) {
        boolean spanish = lang == UiLanguage.ES && !q.descriptionEs().isBlank();
        String description = (spanish ? q.descriptionEs() : q.description()).replaceAll("\\s*\\n\\s*", " ").strip();
        String langAttr = lang == UiLanguage.ES && !spanish ? " lang=\"en\"" : "";
        Matcher sentence = FIRST_SENTENCE.matcher(description);
        String summary = sentence.find() ? sentence.group(1) : description;
        String rest = description.substring(summary.length()).strip();
        String words = searchable(q.name() + " " + q.description() + " " + q.descriptionEs());
        b.append("<li data-name=\"").append(esc(q.name())).append("\" data-words=\"").append(esc(words)).append("\">\n")
                .append("<button type=\"button\" class=\"example\" data-name=\"").append(esc(q.name()))
                .append("\" data-sparql=\"").append(esc(inLanguage(q.sparql(), lang))).append("\"").append(langAttr)
                .append(">").append(esc(summary)).append("</button>\n<p><code>").append(esc(q.name())).append("</code>");
        if (q.perEdition()) {
            b.append(" <small>").append(esc(m.format("explore.perEdition"))).append("</small>");
        }
        if (!rest.isEmpty()) {
            b.append("</p>\n<details><summary>").append(esc(m.format("explore.more"))).append("</summary><p")
                    .append(langAttr).append(">").append(esc(rest)).append("</p></details>\n");
        } else {
            b.append("</p>\n");
        }
        b.append("</li>\n");
    }

    /** Words to search by: lower case, without accents, so that "migracion" finds "migración". */
    static String searchable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * A named query with the comments of its header in one language: the {@code es:} lines, unmarked, for Spanish;
     * the other lines for English. A query without Spanish lines keeps its English header.
     */
    static String inLanguage(String sparql, UiLanguage lang) {
        String[] lines = sparql.split("\n", -1);
        boolean hasSpanish = false;
        int header = 0;
        while (header < lines.length && lines[header].strip().startsWith("#")) {
            hasSpanish |= SPANISH_LINE.matcher(lines[header]).matches();
            header++;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i < header) {
                Matcher es = SPANISH_LINE.matcher(line);
                if (es.matches()) {
                    if (lang == UiLanguage.ES) {
                        b.append("# ").append(es.group(1)).append('\n');
                    }
                    continue;
                }
                if (lang == UiLanguage.ES && hasSpanish) {
                    continue;
                }
            }
            b.append(line);
            if (i < lines.length - 1) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** What a new editor holds: the objectives and their titles in the page's language. */
    private static String defaultQuery(Messages m, UiLanguage lang) {
        return String.join("\n",
                "PREFIX gcm:  <https://w3id.org/gcm/ontology#>",
                "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
                "PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>",
                "",
                "# " + m.format("explore.defaultComment"),
                "SELECT ?objective ?notation ?title",
                "WHERE {",
                "  ?objective a gcm:Objective ;",
                "             skos:notation ?notation ;",
                "             skos:prefLabel ?title .",
                "  FILTER (lang(?title) = \"" + lang.code() + "\")",
                "}",
                "ORDER BY xsd:integer(?notation)");
    }
}
