package org.gcmkg.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one cell holds, as the workbook or CSV file gives it: always a text, and for typed workbook cells the
 * number, date or boolean behind it (the cached value of a formula). Never a formula to evaluate.
 *
 * @param text   the cell as text, trimmed
 * @param number the number of a numeric cell, or null
 * @param date   the date of a cell formatted as a date, or null
 * @param bool   the value of a boolean cell, or null
 */
record CellInput(String text, BigDecimal number, LocalDate date, Boolean bool) {

    /** A text cell. */
    static CellInput text(String text) {
        return new CellInput(text, null, null, null);
    }

    /** A piece of this cell, after splitting it by a separator: text only. */
    CellInput piece(String piece) {
        return piece.equals(text) ? this : text(piece);
    }

    /** Whether the cell is empty. */
    boolean empty() {
        return text.isEmpty();
    }
}
