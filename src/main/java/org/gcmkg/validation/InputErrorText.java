package org.gcmkg.validation;

import org.apache.jena.riot.Lang;
import org.gcmkg.io.RdfInputException;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;

/**
 * Unreadable input described in English or Spanish. The gate's refusals (invalid UTF-8, a DOCTYPE, nesting too deep)
 * have messages of their own in both languages; a parser's error is English, so it is put inside a sentence of the
 * chosen language that names the source, line, column and syntax, with the parser's words only as a quoted detail.
 */
public final class InputErrorText {
    private InputErrorText() {
    }

    /** The description of {@code e}, raised reading input of {@code syntax}, in {@code language}. */
    public static String describe(RdfInputException e, Lang syntax, Language language) {
        if (e.translated()) {
            return e.describe(language);
        }
        String position = e.line() > 0 ? (e.column() > 0 ? "both" : "line") : "none";
        return Messages.of("report", language).format("input.syntax", "file", e.source(), "position", position,
                "line", Long.toString(e.line()), "column", Long.toString(e.column()), "syntax", syntax == null ? "RDF" : syntax.getLabel(),
                "detail", e.getMessage() == null ? "" : e.getMessage());
    }
}
