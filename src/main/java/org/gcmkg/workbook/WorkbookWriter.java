package org.gcmkg.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;

/**
 * Writes the workbook: a Help sheet that explains every column in English and Spanish, one sheet per table of the
 * mapping with its headers (from the shapes' {@code sh:name}, required ones marked with *), its column names (the
 * row a reader matches), drop-down lists of the allowed values and, for an export, its rows; and a Lists sheet with
 * the allowed values and the institutions and programmes already in the data. Also writes the CSV form.
 */
final class WorkbookWriter {
    /** Rows above the data: the headers in words, then the column names. */
    static final int HEADER_ROWS = 2;

    private final ColumnRules rules;
    private final Mapping mapping;
    private final Messages en = Messages.of("workbook", Language.EN);
    private final Messages es = Messages.of("workbook", Language.ES);

    WorkbookWriter(ColumnRules rules) {
        this.rules = rules;
        this.mapping = rules.mapping();
    }

    /** The columns a sheet shows: those of the template, and any other column some of {@code rows} fills. */
    List<Mapping.Column> columns(Mapping.Table table, List<Map<String, Object>> rows) {
        List<Mapping.Column> columns = new ArrayList<>();
        for (Mapping.Column c : table.cellColumns()) {
            if (rules.info(table, c).inTemplate() || rows.stream().anyMatch(r -> r.get(c.name()) != null)) {
                columns.add(c);
            }
        }
        return columns;
    }

    /** The workbook with {@code rows} (by table url; none for the empty template). */
    byte[] xlsx(Map<String, List<Map<String, Object>>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            Sheet help = wb.createSheet(en.format("help.sheet"));
            List<Mapping.Table> tables = mapping.tables();
            for (Mapping.Table table : tables) {
                wb.createSheet(table.sheet());
            }
            Sheet lists = wb.createSheet(en.format("lists.sheet"));
            ListsWriter listsWriter = new ListsWriter(lists, styles);
            for (Mapping.Table table : tables) {
                List<Map<String, Object>> tableRows = rows.getOrDefault(table.url(), List.of());
                dataSheet(wb, wb.getSheet(table.sheet()), table, columns(table, tableRows), tableRows, styles, listsWriter);
            }
            listsWriter.knownResources();
            help(help, tables, rows, styles);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV form: one UTF-8 file per table, by file name. */
    Map<String, byte[]> csv(Map<String, List<Map<String, Object>>> rows) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Mapping.Table table : mapping.tables()) {
            List<Map<String, Object>> tableRows = rows.getOrDefault(table.url(), List.of());
            List<Mapping.Column> columns = columns(table, tableRows);
            StringWriter sw = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(sw, CSVFormat.RFC4180)) {
                printer.printRecord(columns.stream().map(Mapping.Column::name).toList());
                for (Map<String, Object> r : tableRows) {
                    List<String> values = new ArrayList<>();
                    for (Mapping.Column c : columns) {
                        Object v = r.get(c.name());
                        values.add(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
                    }
                    printer.printRecord(values);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.put(table.fileName(), sw.toString().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private void dataSheet(XSSFWorkbook wb, Sheet sheet, Mapping.Table table, List<Mapping.Column> columns,
            List<Map<String, Object>> rows, Styles styles, ListsWriter lists) {
        Row titles = sheet.createRow(0);
        Row names = sheet.createRow(1);
        titles.setHeightInPoints(45);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int lastRow = Math.max(rows.size() + HEADER_ROWS + 500, 1000);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Mapping.Column c = columns.get(i);
            ColumnRules.Info info = rules.info(table, c);
            Cell title = titles.createCell(i);
            title.setCellValue(info.titles().getOrDefault("en", c.name()) + " / " + info.titles().getOrDefault("es", c.name())
                    + (info.required() ? " *" : ""));
            title.setCellStyle(info.required() ? styles.required : styles.header);
            Cell name = names.createCell(i);
            name.setCellValue(c.name());
            name.setCellStyle(styles.name);
            String description = description(info);
            if (!description.isEmpty()) {
                ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 4);
                anchor.setRow1(0);
                anchor.setRow2(6);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(wb.getCreationHelper().createRichTextString(description));
                comment.setAuthor("gcm-kg");
                title.setCellComment(comment);
            }
            sheet.setColumnWidth(i, width(c) * 256);
            sheet.setDefaultColumnStyle(i, c.datatype().numeric() ? styles.number : styles.text);
            Optional<List<String>> allowed = info.allowed();
            if (allowed.isPresent() && c.separator() == null) {
                String range = lists.list(table, c, allowed.get(), info.valueLabels());
                DataValidationConstraint constraint = helper.createFormulaListConstraint(range);
                DataValidation validation = helper.createValidation(constraint,
                        new CellRangeAddressList(HEADER_ROWS, lastRow, i, i));
                validation.setShowErrorBox(true);
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox(en.format("dropdown.title") + " / " + es.format("dropdown.title"),
                        en.format("dropdown.text") + " / " + es.format("dropdown.text"));
                sheet.addValidationData(validation);
            } else if (allowed.isPresent()) {
                lists.list(table, c, allowed.get(), info.valueLabels());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(HEADER_ROWS + r);
            Map<String, Object> values = rows.get(r);
            for (int i = 0; i < columns.size(); i++) {
                Object v = values.get(columns.get(i).name());
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (v instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                    cell.setCellStyle(styles.number);
                } else {
                    cell.setCellValue(v.toString());
                    cell.setCellStyle(styles.text);
                }
            }
        }
        sheet.createFreezePane(1, HEADER_ROWS);
    }

    private static String description(ColumnRules.Info info) {
        List<String> parts = new ArrayList<>();
        if (info.descriptions().containsKey("en")) {
            parts.add(info.descriptions().get("en"));
        }
        if (info.descriptions().containsKey("es")) {
            parts.add(info.descriptions().get("es"));
        }
        return String.join("\n\n", parts);
    }

    private static int width(Mapping.Column c) {
        if (c.name().startsWith("summary") || c.name().startsWith("description") || c.name().startsWith("note")) {
            return 60;
        }
        if (c.name().startsWith("name") || c.name().startsWith("title") || c.name().startsWith("quantity")) {
            return 40;
        }
        return c.datatype().numeric() || c.datatype().base().equals("boolean") ? 12 : 22;
    }

    private void help(Sheet help, List<Mapping.Table> tables, Map<String, List<Map<String, Object>>> rows, Styles styles) {
        int r = 0;
        Row title = help.createRow(r++);
        title.createCell(0).setCellValue(en.format("help.title") + " / " + es.format("help.title"));
        title.getCell(0).setCellStyle(styles.title);
        for (String key : List.of("help.intro", "help.required", "help.several", "help.dates", "help.institutions",
                "help.unknown", "help.check")) {
            Row en1 = help.createRow(r++);
            en1.createCell(0).setCellValue(en.format(key));
            Row es1 = help.createRow(r++);
            es1.createCell(0).setCellValue(es.format(key));
            es1.getCell(0).setCellStyle(styles.spanish);
        }
        r++;
        Row head = help.createRow(r++);
        String[] keys = {"help.col.sheet", "help.col.column", "help.col.header", "help.col.required",
                "help.col.allowed", "help.col.description"};
        for (int i = 0; i < keys.length; i++) {
            Cell c = head.createCell(i);
            c.setCellValue(en.format(keys[i]) + " / " + es.format(keys[i]));
            c.setCellStyle(styles.header);
        }
        for (Mapping.Table table : tables) {
            Row t = help.createRow(r++);
            t.createCell(0).setCellValue(table.sheet());
            t.getCell(0).setCellStyle(styles.header);
            t.createCell(2).setCellValue(table.titles().getOrDefault("en", "") + " / " + table.titles().getOrDefault("es", ""));
            t.createCell(5).setCellValue(table.descriptions().getOrDefault("en", "") + "\n"
                    + table.descriptions().getOrDefault("es", ""));
            t.getCell(5).setCellStyle(styles.wrap);
            for (Mapping.Column c : columns(table, rows.getOrDefault(table.url(), List.of()))) {
                ColumnRules.Info info = rules.info(table, c);
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(table.sheet());
                row.createCell(1).setCellValue(c.name());
                row.createCell(2).setCellValue(info.titles().getOrDefault("en", c.name()) + " / "
                        + info.titles().getOrDefault("es", c.name()));
                row.createCell(3).setCellValue(info.required() ? en.format("help.yes") + " / " + es.format("help.yes") : "");
                String allowed = info.allowed().map(a -> a.size() > 30 ? en.format("help.seeLists") + " / "
                        + es.format("help.seeLists") : String.join(", ", a)).orElse(kind(c));
                row.createCell(4).setCellValue(allowed);
                row.getCell(4).setCellStyle(styles.wrap);
                row.createCell(5).setCellValue(description(info));
                row.getCell(5).setCellStyle(styles.wrap);
            }
        }
        int[] widths = {18, 22, 40, 12, 40, 100};
        for (int i = 0; i < widths.length; i++) {
            help.setColumnWidth(i, widths[i] * 256);
        }
    }

    private String kind(Mapping.Column c) {
        String key;
        if (c.refersTo() != null) {
            key = "kind." + c.refersTo();
        } else if (c.lang() != null) {
            key = "kind.text";
        } else {
            key = switch (c.datatype().base()) {
                case "integer", "positiveInteger", "nonNegativeInteger" -> "kind.integer";
                case "gcmwb:number" -> "kind.number";
                case "gYear" -> "kind.year";
                case "gcmwb:dateOrPart" -> "kind.date";
                case "duration" -> "kind.duration";
                case "anyURI" -> "kind.uri";
                default -> c.datatype().format() != null && c.datatype().format().startsWith("^[a-z0-9]") ? "kind.slug" : "kind.text";
            };
        }
        String text = en.format(key) + " / " + es.format(key);
        return c.separator() == null ? text : text + "; " + en.format("kind.several") + " / " + es.format("kind.several");
    }

    /** Writes the Lists sheet, one list of allowed values after another, and returns the range of each. */
    private final class ListsWriter {
        private final Sheet sheet;
        private final Styles styles;
        private int column;

        ListsWriter(Sheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        String list(Mapping.Table table, Mapping.Column c, List<String> values, Map<String, Map<String, String>> labels) {
            int col = column;
            column += 2;
            cell(0, col, table.sheet() + "." + c.name(), styles.header);
            cell(0, col + 1, en.format("lists.label") + " / " + es.format("lists.label"), styles.header);
            for (int i = 0; i < values.size(); i++) {
                cell(i + 1, col, values.get(i), styles.text);
                Map<String, String> l = labels.getOrDefault(values.get(i), Map.of());
                if (!l.isEmpty()) {
                    cell(i + 1, col + 1, String.join(" / ", l.values()), null);
                }
            }
            sheet.setColumnWidth(col, 24 * 256);
            sheet.setColumnWidth(col + 1, 40 * 256);
            String letters = CellReference.convertNumToColString(col);
            Name name = sheet.getWorkbook().createName();
            name.setNameName("list_" + table.url().replace(".csv", "").replace('-', '_') + "_" + c.name());
            name.setRefersToFormula("'" + sheet.getSheetName() + "'!$" + letters + "$2:$" + letters + "$" + (values.size() + 1));
            return name.getNameName();
        }

        void knownResources() {
            for (Mapping.Lookup lookup : mapping.lookups().values()) {
                int col = column;
                column += 4;
                cell(0, col, en.format("lists.known." + lookup.name()) + " / " + es.format("lists.known." + lookup.name()), styles.header);
                cell(0, col + 1, en.format("lists.acronym") + " / " + es.format("lists.acronym"), styles.header);
                cell(0, col + 2, "es", styles.header);
                cell(0, col + 3, "en", styles.header);
                UriTemplate first = lookup.patterns().get(0);
                List<Node> known = new ArrayList<>(rules.data().instances(NodeFactory.createURI(lookup.classIri())));
                known.removeIf(n -> first.match(n.getURI()).isEmpty());
                known.sort((a, b) -> a.getURI().compareTo(b.getURI()));
                int r = 1;
                for (Node n : known) {
                    cell(r, col, References.slug(n.getURI()), styles.text);
                    if (lookup.acronymProperty() != null) {
                        List<Node> acronyms = rules.data().literals(n, lookup.acronymProperty());
                        if (!acronyms.isEmpty()) {
                            cell(r, col + 1, acronyms.get(0).getLiteralLexicalForm(), null);
                        }
                    }
                    int row = r;
                    rules.data().label(n, "es").ifPresent(l -> cell(row, col + 2, l, null));
                    rules.data().label(n, "en").ifPresent(l -> cell(row, col + 3, l, null));
                    r++;
                }
                sheet.setColumnWidth(col, 34 * 256);
                sheet.setColumnWidth(col + 2, 50 * 256);
                sheet.setColumnWidth(col + 3, 50 * 256);
            }
        }

        private void cell(int r, int c, String value, CellStyle style) {
            if (value == null) {
                return;
            }
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Cell cell = row.createCell(c);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** The cell styles of the workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle required;
        final CellStyle name;
        final CellStyle text;
        final CellStyle number;
        final CellStyle title;
        final CellStyle wrap;
        final CellStyle spanish;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font small = wb.createFont();
            small.setItalic(true);
            small.setFontHeightInPoints((short) 8);
            small.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font italic = wb.createFont();
            italic.setItalic(true);
            short textFormat = wb.createDataFormat().getFormat("@");
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            required = wb.createCellStyle();
            required.cloneStyleFrom(header);
            required.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            name = wb.createCellStyle();
            name.setFont(small);
            name.setDataFormat(textFormat);
            text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            number = wb.createCellStyle();
            title = wb.createCellStyle();
            title.setFont(big);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            spanish = wb.createCellStyle();
            spanish.setFont(italic);
        }
    }
}
