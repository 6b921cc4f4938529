package org.gcmkg.web;

import static org.gcmkg.page.Markup.esc;

import java.io.IOException;

import org.gcmkg.page.HtmlResponse;
import org.gcmkg.page.Layout;
import org.gcmkg.page.Paths;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.page.WebPaths;
import org.gcmkg.publish.IriMapping;
import org.gcmkg.text.Messages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The validator page: a submission pasted or uploaded (Turtle, JSON-LD, RDF/XML, N-Triples, or a reporting
 * workbook) is sent to the public dry run {@code POST /validate}, which never stores anything. Pasted text has its
 * syntax detected by the dry run unless one is chosen; the page says which was used. The report is shown grouped
 * by shape and focus node, in the page's language, with what was validated (file, size, SHA-256, time, shapes),
 * next to the submitted text with line numbers, where the lines of failing focus nodes (or the parser's stopping
 * point) are marked. It downloads as JSON, Turtle and CSV, and prints cleanly. The page's script does the sending
 * and the showing; every text comes from the {@code web} bundle.
 */
final class ValidatorPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The value of the syntax choice that lets the dry run detect the syntax. */
    static final String DETECT = "detect";
    private final transient IriMapping iris;

    ValidatorPage(IriMapping iris) {
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UiLanguage lang = UiLanguage.of(req, resp);
        Messages m = lang.messages(WebExtension.AREA);
        StringBuilder main = new StringBuilder();
        main.append("<h1>").append(esc(m.format("validator.title"))).append("</h1>\n")
                .append("<p class=\"lead\">").append(esc(m.format("validator.lead"))).append("</p>\n")
                .append("<form class=\"validate\" id=\"validate-form\" action=\"").append(WebPaths.VALIDATE)
                .append("\" method=\"post\">\n<fieldset>\n<legend>").append(esc(m.format("validator.submission")))
                .append("</legend>\n<label for=\"submission-file\">").append(esc(m.format("validator.upload")))
                .append("</label>\n<input type=\"file\" id=\"submission-file\" "
                        + "accept=\".ttl,.jsonld,.json,.rdf,.owl,.xml,.nt,.xlsx,.zip\" aria-describedby=\"file-help\">\n")
                .append("<p id=\"file-help\" class=\"muted\">").append(esc(m.format("validator.fileHelp")))
                .append("</p>\n<label for=\"submission-text\">").append(esc(m.format("validator.paste")))
                .append("</label>\n")
                .append("<textarea id=\"submission-text\" spellcheck=\"false\" autocomplete=\"off\"></textarea>\n")
                .append("<label for=\"submission-format\">").append(esc(m.format("validator.format")))
                .append("</label>\n<select id=\"submission-format\">\n")
                .append("<option value=\"").append(DETECT).append("\" selected>")
                .append(esc(m.format("validator.detect"))).append("</option>\n")
                .append("<option value=\"text/turtle\">Turtle</option>\n")
                .append("<option value=\"application/ld+json\">JSON-LD</option>\n")
                .append("<option value=\"application/rdf+xml\">RDF/XML</option>\n")
                .append("<option value=\"application/n-triples\">N-Triples</option>\n")
                .append("<option value=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\">")
                .append(esc(m.format("validator.workbook"))).append("</option>\n")
                .append("<option value=\"application/zip\">").append(esc(m.format("validator.workbookCsv")))
                .append("</option>\n</select>\n</fieldset>\n")
                .append("<button type=\"submit\" class=\"action primary\" id=\"validate-button\">")
                .append(esc(m.format("validator.validate"))).append("</button>\n")
                .append("<button type=\"reset\" class=\"action\">").append(esc(m.format("validator.clear")))
                .append("</button>\n<span id=\"validate-status\" class=\"status\" role=\"status\"></span>\n</form>\n")
                .append("<noscript><p class=\"note\">")
                .append(esc(m.format("validator.noscript", "endpoint", WebPaths.VALIDATE, "openapi", Paths.OPENAPI)))
                .append("</p></noscript>\n")
                .append("<section id=\"report\" aria-labelledby=\"report-title\" tabindex=\"-1\" hidden>\n")
                .append("<h2 id=\"report-title\">").append(esc(m.format("validator.report"))).append("</h2>\n")
                .append("<div class=\"report-layout\">\n<div id=\"report-body\"></div>\n")
                .append("<section id=\"source\" aria-labelledby=\"source-title\" hidden></section>\n</div>\n")
                .append("</section>\n")
                .append("<div id=\"validator\" data-endpoint=\"").append(WebPaths.VALIDATE)
                .append("\" data-detect=\"").append(DETECT)
                .append("\" data-iri-base=\"").append(esc(iris.iriBase())).append("\" data-shapes=\"")
                .append(esc(Paths.SHAPES)).append("\"></div>\n");
        ScriptText texts = ScriptText.of(lang);
        String prefix = "validator.js.";
        for (String key : m.keys()) {
            if (key.startsWith(prefix)) {
                texts.put(key.substring(prefix.length()), m.pattern(key));
            }
        }
        main.append(texts.toHtml("validator-text"));
        String head = "<link rel=\"stylesheet\" href=\"" + WebPaths.ASSETS + "validator.css\">\n"
                + "<script src=\"" + WebPaths.ASSETS + "messages.js\" defer></script>\n"
                + "<script src=\"" + WebPaths.ASSETS + "validator.js\" defer></script>\n";
        HtmlResponse.send(req, resp, lang, "", Layout.page(lang, Layout.selfUrl(req), m.format("validator.pageTitle"),
                head, main.toString(), ""), HtmlResponse.STARTED);
    }
}
