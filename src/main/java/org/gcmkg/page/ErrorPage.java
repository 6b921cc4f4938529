package org.gcmkg.page;

import static org.gcmkg.page.Markup.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.gcmkg.text.Messages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Error answers: for a browser, a page in the site's layout and language that says what happened and where to go
 * next; for any other client (RDF, JSON, scripts), the plain-text message it has always had.
 */
public final class ErrorPage {
    /** Another representation that a 406 page lists. */
    public record Alternative(String label, String href) {
    }

    private ErrorPage() {
    }

    /**
     * Whether the client asked for HTML before anything else: {@code ?format=html}, or an {@code Accept} header
     * that names {@code text/html} (or {@code application/xhtml+xml}) with a quality no other named type beats, as
     * a browser's does even when its address asks for a format that does not exist.
     * A client that accepts anything with {@code *}{@code /*} alone is not a browser.
     */
    public static boolean wantsHtml(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null && format.strip().equalsIgnoreCase("html")) {
            return true;
        }
        String accept = req.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        double html = 0;
        double other = 0;
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";", -1);
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                html = Math.max(html, q);
            } else if (!type.equals("*/*") && !type.endsWith("/*")) {
                other = Math.max(other, q);
            }
        }
        return html > 0 && html >= other;
    }

    /** Sends an error: a page to a browser, {@code plainMessage} as text to anyone else. */
    public static void send(HttpServletRequest req, HttpServletResponse resp, int status, String plainMessage)
            throws IOException {
        send(req, resp, status, plainMessage, List.of());
    }

    /**
     * Sends an error: a page to a browser (listing {@code alternatives}, for a 406), {@code plainMessage} as text
     * to anyone else.
     */
    public static void send(HttpServletRequest req, HttpServletResponse resp, int status, String plainMessage,
            List<Alternative> alternatives) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.resetBuffer();
        if (!wantsHtml(req)) {
            byte[] body = (plainMessage + "\n").getBytes(StandardCharsets.UTF_8);
            resp.setStatus(status);
            resp.setContentType("text/plain;charset=utf-8");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
            return;
        }
        UiLanguage lang = UiLanguage.of(req, resp);
        byte[] body = html(lang, status, req.getRequestURI(), alternatives).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Content-Language", lang.code());
        resp.setHeader("Vary", "Accept, " + UiLanguage.VARY);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    /** The page of an error with {@code status} at {@code path}. */
    public static String html(UiLanguage lang, int status, String path, List<Alternative> alternatives) {
        Messages m = lang.messages(Layout.AREA);
        String kind = switch (status) {
            case 404, 406, 500 -> Integer.toString(status);
            default -> "other";
        };
        String title = m.format("error.title." + kind, "status", status);
        StringBuilder main = new StringBuilder();
        main.append("<div class=\"intro error-page\" data-status=\"").append(status).append("\">\n<h1>")
                .append(esc(title)).append("</h1>\n<p class=\"lead\">")
                .append(esc(m.format("error.lead." + kind, "path", path))).append("</p>\n</div>\n");
        if (!alternatives.isEmpty()) {
            main.append("<p>").append(esc(m.format("error.formats"))).append("</p>\n<ul>\n");
            for (Alternative a : alternatives) {
                main.append("<li><a href=\"").append(esc(a.href)).append("\">").append(esc(a.label))
                        .append("</a></li>\n");
            }
            main.append("</ul>\n");
        }
        main.append("<h2>").append(esc(m.format("error.next"))).append("</h2>\n<ul>\n")
                .append("<li><a href=\"").append(WebPaths.HOME).append("\">").append(esc(m.format("error.next.home")))
                .append("</a></li>\n<li><a href=\"").append(WebPaths.OBJECTIVES).append("\">")
                .append(esc(m.format("error.next.objectives"))).append("</a></li>\n<li><a href=\"")
                .append(WebPaths.EXPLORE).append("\">").append(esc(m.format("error.next.query")))
                .append("</a></li>\n</ul>\n");
        return Layout.page(lang, path, title, "<meta name=\"robots\" content=\"noindex\">\n", main.toString(), "");
    }
}
