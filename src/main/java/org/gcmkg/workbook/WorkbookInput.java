package org.gcmkg.workbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of one workbook or CSV form as they were read, every cell with its place; nothing interpreted yet.
 *
 * @param form     a workbook or CSV files
 * @param source   a file name or "request body", for messages
 * @param bytes    the bytes as sent (a workbook, or a zip of CSV files; empty for a folder)
 * @param sheets   the sheets by the table's url, in the mapping's order; a sheet the input lacks is absent
 * @param problems what reading found wrong with the layout (such as an unknown column)
 */
public record WorkbookInput(Form form, String source, byte[] bytes, Map<String, Sheet> sheets,
        List<CellProblem> problems) {

    /** The two forms a workbook comes in. */
    public enum Form {
        /** An Office Open XML workbook (.xlsx). */
        XLSX,
        /** One UTF-8 CSV file per sheet, in a folder or a zip. */
        CSV
    }

    /**
     * One sheet.
     *
     * @param name      the sheet's name, or the CSV file's
     * @param columns   the column index of each column name found in its header
     * @param headerRow the row (from 1) that holds the column names
     * @param rows      its rows with at least one filled cell
     */
    public record Sheet(String name, Map<String, Integer> columns, int headerRow, List<Row> rows) {

        /** The place of column {@code name} in {@code row}, if the sheet has that column. */
        Optional<Place> place(String column, int row) {
            Integer index = columns.get(column);
            return index == null ? Optional.empty() : Optional.of(new Place(name, row, index));
        }
    }

    /**
     * One row.
     *
     * @param number the row's number, from 1
     * @param cells  the filled cells by column name
     */
    public record Row(int number, Map<String, CellInput> cells) {

        /** The cell of column {@code name}, empty when it has none. */
        CellInput cell(String name) {
            CellInput c = cells.get(name);
            return c == null ? CellInput.text("") : c;
        }
    }

    /** The sheet of table {@code url}, if present. */
    Optional<Sheet> sheet(String url) {
        return Optional.ofNullable(sheets.get(url));
    }
}
