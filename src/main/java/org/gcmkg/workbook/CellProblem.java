package org.gcmkg.workbook;

import java.util.Map;

import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;

/**
 * One problem of a workbook, with its place when it has one: a cell that cannot be read, or a validation result of
 * the gate pointed back at the cell that made the statement.
 *
 * @param severity  how bad it is
 * @param place     the cell, or null for a problem of the whole workbook
 * @param column    the column's name, or null
 * @param value     the value found in the cell, or null
 * @param key       the message key in the {@code workbook} bundle, or null when {@code messages} holds the text
 * @param arguments the message's arguments
 * @param messages  texts by language, for messages that come from the shapes
 * @param shape     the shape or rule behind a validation result, or null for a cell that cannot be read
 */
public record CellProblem(Severity severity, Place place, String column, String value, String key, Object[] arguments,
        Map<String, String> messages, String shape) {

    /** How bad a problem is. */
    public enum Severity {
        /** The workbook is refused. */
        VIOLATION,
        /** Reported; the workbook may still be accepted. */
        WARNING,
        /** A note. */
        INFO
    }

    /** A cell that cannot be read, with a message of the workbook bundle. */
    static CellProblem cell(Severity severity, Place place, String column, String value, String key, Object... args) {
        return new CellProblem(severity, place, column, value, key, args, Map.of(), null);
    }

    /** The message in {@code language} (English when the shapes give none in it). */
    public String message(Language language) {
        if (key != null) {
            return Messages.of("workbook", language).format(key, arguments);
        }
        String m = messages.get(language.code());
        if (m == null) {
            m = messages.get("en");
        }
        if (m == null) {
            m = messages.values().stream().findFirst().orElse("");
        }
        return m;
    }

    /** The cell reference, such as {@code Actions!D14}, or null. */
    public String ref() {
        return place == null ? null : place.ref();
    }
}
