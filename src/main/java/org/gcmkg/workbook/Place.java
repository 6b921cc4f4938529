package org.gcmkg.workbook;

import org.apache.poi.ss.util.CellReference;

/**
 * Where a cell is: its sheet (or CSV file), its row as a spreadsheet numbers it (from 1) and its column (from 0).
 *
 * @param sheet  the sheet's name, or the CSV file's name
 * @param row    the row, from 1
 * @param column the column, from 0
 */
public record Place(String sheet, int row, int column) {

    /** The column's letters, such as {@code D}. */
    public String columnLetters() {
        return CellReference.convertNumToColString(column);
    }

    /** The cell reference as a spreadsheet writes it, such as {@code Actions!D14}. */
    public String ref() {
        String name = sheet.matches("[A-Za-z0-9_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
        return name + "!" + columnLetters() + row;
    }
}
