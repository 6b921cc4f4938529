package org.gcmkg.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gcmkg.page.UiLanguage;

/**
 * Interface text for a page's script, in the page's language, written into the page as a JSON data block
 * ({@code <script type="application/json">}), which the browser never runs.
 */
final class ScriptText {
    private final Map<String, String> texts = new LinkedHashMap<>();

    private ScriptText(UiLanguage lang) {
        texts.put("lang", lang.code());
    }

    /** An empty set of texts for a page in {@code lang}; the language itself is given as {@code lang}. */
    static ScriptText of(UiLanguage lang) {
        return new ScriptText(lang);
    }

    /** Adds a text. */
    ScriptText put(String key, String text) {
        texts.put(key, text);
        return this;
    }

    /** The data block with the given element id. */
    String toHtml(String id) {
        StringBuilder b = new StringBuilder("<script type=\"application/json\" id=\"").append(id).append("\">{");
        texts.forEach((k, v) -> {
            if (b.charAt(b.length() - 1) != '{') {
                b.append(',');
            }
            b.append('\n').append(json(k)).append(": ").append(json(v));
        });
        return b.append("\n}</script>\n").toString();
    }

    /**
     * A JSON string that is also safe inside a script element: {@code <}, {@code >} and {@code &} are escaped, so
     * that no text can close the element.
     */
    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
