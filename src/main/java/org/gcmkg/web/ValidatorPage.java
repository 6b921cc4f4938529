package org.gcmkg.web;

import static org.gcmkg.page.Markup.esc;

import java.io.IOException;

import org.gcmkg.publish.IriMapping;
import org.gcmkg.page.Paths;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.page.Layout;
import org.gcmkg.page.HtmlResponse;
import org.gcmkg.page.WebPaths;

/**
 * The validator page: a submission pasted or uploaded (Turtle, JSON-LD, RDF/XML, N-Triples) is sent to the
 * public dry run {@code POST /validate}, which never stores anything, and its report is shown grouped by shape
 * and focus node, with the messages in the page's language, counts by severity and the report to download as
 * JSON or Turtle. The page's script does the sending and the showing.
 */
final class ValidatorPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient IriMapping iris;

    ValidatorPage(IriMapping iris) {
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UiLanguage lang = UiLanguage.of(req, resp);
        StringBuilder main = new StringBuilder();
        main.append("<h1>").append(esc(lang.text("Validate a submission", "Validar un envío"))).append("</h1>\n")
                .append("<p class=\"lead\">")
                .append(esc(lang.text("Check a file against the project's SHACL shapes, together with the ontology "
                        + "and the data the service holds, exactly as the submission gate does. This is a dry "
                        + "run: nothing is stored.", "Revise un archivo contra las formas SHACL del proyecto, junto "
                        + "con la ontología y los datos que tiene el servicio, tal como lo hace la puerta de envíos. "
                        + "Es un ensayo: no se guarda nada.")))
                .append("</p>\n<form class=\"validate\" id=\"validate-form\" action=\"").append(WebPaths.VALIDATE)
                .append("\" method=\"post\">\n<fieldset>\n<legend>")
                .append(esc(lang.text("Submission", "Envío"))).append("</legend>\n")
                .append("<label for=\"submission-file\">").append(esc(lang.text("Upload a file", "Suba un archivo")))
                .append("</label>\n<input type=\"file\" id=\"submission-file\" "
                        + "accept=\".ttl,.jsonld,.json,.rdf,.owl,.xml,.nt,.xlsx,.zip\" aria-describedby=\"file-help\">\n")
                .append("<p id=\"file-help\" class=\"muted\">")
                .append(esc(lang.text("A chosen file is sent instead of the text below; its format follows from "
                        + "its extension.", "Un archivo elegido se envía en lugar del texto de abajo; su formato "
                        + "se deduce de su extensión.")))
                .append("</p>\n<label for=\"submission-text\">")
                .append(esc(lang.text("Or paste its content", "O pegue su contenido"))).append("</label>\n")
                .append("<textarea id=\"submission-text\" spellcheck=\"false\" autocomplete=\"off\"></textarea>\n")
                .append("<label for=\"submission-format\">").append(esc(lang.text("Format", "Formato")))
                .append("</label>\n<select id=\"submission-format\">\n")
                .append("<option value=\"text/turtle\">Turtle</option>\n")
                .append("<option value=\"application/ld+json\">JSON-LD</option>\n")
                .append("<option value=\"application/rdf+xml\">RDF/XML</option>\n")
                .append("<option value=\"application/n-triples\">N-Triples</option>\n")
                .append("<option value=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\">")
                .append(esc(lang.text("Reporting workbook (.xlsx)", "Libro de reporte (.xlsx)"))).append("</option>\n")
                .append("<option value=\"application/zip\">")
                .append(esc(lang.text("Workbook as CSV files (.zip)", "Libro como archivos CSV (.zip)")))
                .append("</option>\n</select>\n</fieldset>\n")
                .append("<button type=\"submit\" class=\"action primary\" id=\"validate-button\">")
                .append(esc(lang.text("Validate", "Validar"))).append("</button>\n")
                .append("<button type=\"reset\" class=\"action\">").append(esc(lang.text("Clear", "Borrar")))
                .append("</button>\n<span id=\"validate-status\" class=\"status\" role=\"status\"></span>\n</form>\n")
                .append("<noscript><p class=\"note\">")
                .append(esc(lang.text("This page needs JavaScript. Without it, POST the file to /validate with its "
                        + "Content-Type.", "Esta página necesita JavaScript. Sin él, envíe el archivo por POST a "
                        + "/validate con su Content-Type.")))
                .append("</p></noscript>\n")
                .append("<section id=\"report\" aria-labelledby=\"report-title\" tabindex=\"-1\" hidden>\n")
                .append("<h2 id=\"report-title\">").append(esc(lang.text("Validation report", "Informe de validación")))
                .append("</h2>\n<div id=\"report-body\"></div>\n</section>\n")
                .append("<div id=\"validator\" data-endpoint=\"").append(WebPaths.VALIDATE)
                .append("\" data-iri-base=\"").append(esc(iris.iriBase())).append("\" data-shapes=\"")
                .append(esc(Paths.SHAPES)).append("\"></div>\n")
                .append(ScriptText.of(lang)
                        .put("validating", lang.text("Validating…", "Validando…"))
                        .put("noInput", lang.text("Choose a file or paste a submission first.",
                                "Elija un archivo o pegue un envío primero."))
                        .put("conforms", lang.text("Conforms: the gate would accept this submission.",
                                "Conforma: la puerta aceptaría este envío."))
                        .put("fails", lang.text("Does not conform: the gate would refuse this submission.",
                                "No conforma: la puerta rechazaría este envío."))
                        .put("Violation", lang.text("Violation", "Violación"))
                        .put("Warning", lang.text("Warning", "Advertencia"))
                        .put("Info", lang.text("Info", "Información"))
                        .put("violations", lang.text("violations", "violaciones"))
                        .put("warnings", lang.text("warnings", "advertencias"))
                        .put("infos", lang.text("notes", "notas"))
                        .put("shape", lang.text("Shape", "Forma"))
                        .put("focusNode", lang.text("Focus node", "Nodo foco"))
                        .put("path", lang.text("Property", "Propiedad"))
                        .put("value", lang.text("Value", "Valor"))
                        .put("byShape", lang.text("Results by shape and focus node",
                                "Resultados por forma y nodo foco"))
                        .put("download", lang.text("Download the report:", "Descargar el informe:"))
                        .put("downloadJson", lang.text("JSON", "JSON"))
                        .put("downloadTurtle", lang.text("Turtle", "Turtle"))
                        .put("cell", lang.text("Cell", "Celda"))
                        .put("column", lang.text("Column", "Columna"))
                        .put("wholeWorkbook", lang.text("The whole workbook", "El libro completo"))
                        .put("cellResults", lang.text("Results by cell", "Resultados por celda"))
                        .put("downloadWorkbook", lang.text("the workbook with the problems marked",
                                "el libro con los problemas marcados"))
                        .put("refused", lang.text("The file could not be read: ", "No se pudo leer el archivo: "))
                        .put("failed", lang.text("The request failed: ", "La petición falló: "))
                        .toHtml("validator-text"));
        String head = "<script src=\"" + WebPaths.ASSETS + "validator.js\" defer></script>\n";
        HtmlResponse.send(req, resp, lang, "", Layout.page(lang, Layout.selfUrl(req),
                lang.text("Validator", "Validador"), head, main.toString(), ""), HtmlResponse.STARTED);
    }
}
