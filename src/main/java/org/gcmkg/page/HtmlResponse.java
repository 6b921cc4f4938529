package org.gcmkg.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Sends a web page. Pages are built from the live data on each request, so caches must check back. */
public final class HtmlResponse {
    private HtmlResponse() {
    }

    /**
     * Sends a page in {@code lang}. {@code vary} names the request headers that chose it besides those that choose
     * the language, or is empty.
     */
    public static void send(HttpServletResponse resp, UiLanguage lang, String vary, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Content-Language", lang.code());
        resp.setHeader("Vary", vary.isEmpty() ? UiLanguage.VARY : vary + ", " + UiLanguage.VARY);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
