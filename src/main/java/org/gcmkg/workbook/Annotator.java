package org.gcmkg.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;

/**
 * Returns a workbook with its problems marked where the reporting unit works: each failing cell filled (red for a
 * violation, yellow for a warning) with the messages as its comment, and a Problems sheet listing every problem with
 * a link to its cell. A CSV form is first written as a workbook.
 */
final class Annotator {
    private Annotator() {
    }

    static byte[] annotate(WorkbookInput input, List<CellProblem> problems, Language language, Workbooks workbooks) {
        byte[] bytes = input.form() == WorkbookInput.Form.XLSX ? input.bytes() : workbooks.workbookOf(input);
        Messages m = Messages.of("workbook", language);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Map<String, StringBuilder> comments = new HashMap<>();
            Map<String, CellProblem.Severity> worst = new HashMap<>();
            Map<String, Place> places = new HashMap<>();
            for (CellProblem p : problems) {
                Place place = place(input, p.place(), workbooks);
                if (place == null || wb.getSheet(place.sheet()) == null) {
                    continue;
                }
                String ref = place.ref();
                places.put(ref, place);
                comments.computeIfAbsent(ref, k -> new StringBuilder());
                StringBuilder sb = comments.get(ref);
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(m.format("severity." + p.severity().name())).append(": ").append(p.message(language));
                worst.merge(ref, p.severity(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
            Map<String, CellStyle> styles = new HashMap<>();
            for (Map.Entry<String, StringBuilder> e : comments.entrySet()) {
                Place place = places.get(e.getKey());
                Sheet sheet = wb.getSheet(place.sheet());
                Row row = sheet.getRow(place.row() - 1) == null ? sheet.createRow(place.row() - 1) : sheet.getRow(place.row() - 1);
                Cell cell = row.getCell(place.column()) == null ? row.createCell(place.column()) : row.getCell(place.column());
                CellProblem.Severity severity = worst.get(e.getKey());
                CellStyle base = cell.getCellStyle();
                String styleKey = base.getIndex() + "|" + severity;
                CellStyle marked = styles.computeIfAbsent(styleKey, k -> {
                    CellStyle s = wb.createCellStyle();
                    s.cloneStyleFrom(base);
                    s.setFillForegroundColor(severity == CellProblem.Severity.VIOLATION ? IndexedColors.ROSE.getIndex()
                            : IndexedColors.LIGHT_YELLOW.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    return s;
                });
                cell.setCellStyle(marked);
                cell.removeCellComment();
                Drawing<?> drawing = sheet.createDrawingPatriarch();
                ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
                anchor.setCol1(place.column() + 1);
                anchor.setCol2(place.column() + 5);
                anchor.setRow1(place.row() - 1);
                anchor.setRow2(place.row() + 5);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(wb.getCreationHelper().createRichTextString(e.getValue().toString()));
                comment.setAuthor("gcm-kg");
                cell.setCellComment(comment);
            }
            problemsSheet(wb, input, problems, language, m, workbooks);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void problemsSheet(XSSFWorkbook wb, WorkbookInput input, List<CellProblem> problems,
            Language language, Messages m, Workbooks workbooks) {
        String name = m.format("annot.sheet");
        int existing = wb.getSheetIndex(name);
        if (existing >= 0) {
            wb.removeSheetAt(existing);
        }
        Sheet sheet = wb.createSheet(name);
        wb.setSheetOrder(name, 0);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        Row h = sheet.createRow(0);
        String[] keys = {"annot.col.cell", "annot.col.severity", "annot.col.value", "annot.col.message", "annot.col.shape"};
        for (int i = 0; i < keys.length; i++) {
            h.createCell(i).setCellValue(m.format(keys[i]));
            h.getCell(i).setCellStyle(header);
        }
        int r = 1;
        for (CellProblem p : problems) {
            Row row = sheet.createRow(r++);
            Place place = place(input, p.place(), workbooks);
            Cell ref = row.createCell(0);
            if (place != null && wb.getSheet(place.sheet()) != null) {
                ref.setCellValue(place.ref());
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(place.ref());
                ref.setHyperlink(link);
            } else {
                ref.setCellValue(m.format("report.whole"));
            }
            row.createCell(1).setCellValue(m.format("severity." + p.severity().name()));
            row.createCell(2).setCellValue(p.value() == null ? "" : p.value());
            row.createCell(3).setCellValue(p.message(language));
            row.createCell(4).setCellValue(p.shape() == null ? "" : p.shape());
        }
        int[] widths = {20, 14, 30, 100, 50};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** The place in the annotated workbook: the same for a workbook, the written sheet's cell for a CSV form. */
    private static Place place(WorkbookInput input, Place place, Workbooks workbooks) {
        if (place == null || input.form() == WorkbookInput.Form.XLSX) {
            return place;
        }
        for (Mapping.Table table : workbooks.rules().mapping().tables()) {
            if (!table.url().equals(place.sheet())) {
                continue;
            }
            WorkbookInput.Sheet sheet = input.sheets().get(table.url());
            String column = null;
            if (sheet != null) {
                for (Map.Entry<String, Integer> e : sheet.columns().entrySet()) {
                    if (e.getValue() == place.column()) {
                        column = e.getKey();
                    }
                }
            }
            List<Mapping.Column> written = new WorkbookWriter(workbooks.rules()).columns(table, rowsOf(sheet));
            int index = 0;
            for (int i = 0; i < written.size(); i++) {
                if (written.get(i).name().equals(column)) {
                    index = i;
                }
            }
            return new Place(table.sheet(), place.row() + WorkbookWriter.HEADER_ROWS - 1, index);
        }
        return null;
    }

    private static List<Map<String, Object>> rowsOf(WorkbookInput.Sheet sheet) {
        if (sheet == null) {
            return List.of();
        }
        return sheet.rows().stream().map(r -> {
            Map<String, Object> values = new HashMap<>();
            r.cells().forEach((k, v) -> values.put(k, v.text()));
            return values;
        }).toList();
    }
}
