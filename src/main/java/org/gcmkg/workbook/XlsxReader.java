package org.gcmkg.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an untrusted workbook (.xlsx) with Apache POI, after {@link ZipScreen} has checked its size, entries and
 * macros. Formulas are never evaluated (there is no evaluator here, so links to other files are never followed):
 * a formula cell gives the value the spreadsheet program cached for it.
 */
final class XlsxReader {
    private XlsxReader() {
    }

    /** The sheets of the mapping's tables that the workbook holds. */
    static WorkbookInput read(byte[] bytes, String source, Mapping mapping, InputLimits limits) {
        ZipScreen.entries(bytes, source, limits, true);
        ZipSecureFile.setMaxEntrySize(Math.max(limits.maxUnzippedBytes(), 1));
        Map<String, WorkbookInput.Sheet> sheets = new LinkedHashMap<>();
        List<CellProblem> problems = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Mapping.Table table : mapping.tables()) {
                Sheet sheet = find(workbook, table);
                if (sheet != null) {
                    sheets.put(table.url(), sheet(sheet, table, limits, problems));
                }
            }
        } catch (WorkbookInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new WorkbookInputException("input.notWorkbook", "source", source);
        }
        return new WorkbookInput(WorkbookInput.Form.XLSX, source, bytes, sheets, problems);
    }

    private static Sheet find(XSSFWorkbook workbook, Mapping.Table table) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            String name = workbook.getSheetName(i);
            if (name.equalsIgnoreCase(table.sheet()) || name.equalsIgnoreCase(table.url().replace(".csv", ""))) {
                return workbook.getSheetAt(i);
            }
        }
        return null;
    }

    private static WorkbookInput.Sheet sheet(Sheet sheet, Mapping.Table table, InputLimits limits,
            List<CellProblem> problems) {
        if (sheet.getPhysicalNumberOfRows() > limits.maxRows() + 5 || sheet.getLastRowNum() > 1_048_575) {
            throw WorkbookInputException.tooLarge("input.tooManyRows", "sheet", sheet.getSheetName(),
                    "max", limits.maxRows());
        }
        int headerIndex = -1;
        int best = 0;
        for (int r = 0; r <= Math.min(4, sheet.getLastRowNum()); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int matches = 0;
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && table.column(c.getStringCellValue().strip()).isPresent()) {
                    matches++;
                }
            }
            if (matches > best) {
                best = matches;
                headerIndex = r;
            }
        }
        Map<String, Integer> columns = new HashMap<>();
        if (headerIndex < 0) {
            problems.add(CellProblem.cell(CellProblem.Severity.VIOLATION, new Place(sheet.getSheetName(), 1, 0), null,
                    null, "sheet.noHeader", "sheet", sheet.getSheetName()));
            return new WorkbookInput.Sheet(sheet.getSheetName(), columns, 1, List.of());
        }
        Row header = sheet.getRow(headerIndex);
        for (Cell c : header) {
            if (c.getColumnIndex() >= limits.maxColumns()) {
                break;
            }
            String name = c.getCellType() == CellType.STRING ? c.getStringCellValue().strip() : "";
            if (name.isEmpty()) {
                continue;
            }
            if (table.column(name).filter(col -> !col.virtual()).isPresent()) {
                if (columns.putIfAbsent(name, c.getColumnIndex()) != null) {
                    problems.add(CellProblem.cell(CellProblem.Severity.VIOLATION,
                            new Place(sheet.getSheetName(), headerIndex + 1, c.getColumnIndex()), name, name,
                            "sheet.duplicateColumn", "name", name));
                }
            } else {
                problems.add(CellProblem.cell(CellProblem.Severity.WARNING,
                        new Place(sheet.getSheetName(), headerIndex + 1, c.getColumnIndex()), null, name,
                        "sheet.unknownColumn", "name", name));
            }
        }
        List<WorkbookInput.Row> rows = new ArrayList<>();
        for (int r = headerIndex + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, CellInput> cells = new HashMap<>();
            for (Map.Entry<String, Integer> col : columns.entrySet()) {
                Cell c = row.getCell(col.getValue());
                if (c == null) {
                    continue;
                }
                CellInput value = value(c, new Place(sheet.getSheetName(), r + 1, col.getValue()), col.getKey(), problems);
                if (value != null && !value.empty()) {
                    cells.put(col.getKey(), value);
                }
            }
            if (!cells.isEmpty()) {
                if (rows.size() >= limits.maxRows()) {
                    throw WorkbookInputException.tooLarge("input.tooManyRows", "sheet", sheet.getSheetName(),
                            "max", limits.maxRows());
                }
                rows.add(new WorkbookInput.Row(r + 1, cells));
            }
        }
        return new WorkbookInput.Sheet(sheet.getSheetName(), columns, headerIndex + 1, rows);
    }

    private static CellInput value(Cell cell, Place place, String column, List<CellProblem> problems) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return CellInput.text(cell.getStringCellValue().strip());
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                    return new CellInput(date.toString(), null, date, null);
                }
                BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
                return new CellInput(number.scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString(),
                        number, null, null);
            case BOOLEAN:
                boolean b = cell.getBooleanCellValue();
                return new CellInput(Boolean.toString(b).toUpperCase(Locale.ROOT), null, null, b);
            case ERROR:
                String error;
                try {
                    error = FormulaError.forInt(cell.getErrorCellValue()).getString();
                } catch (IllegalArgumentException e) {
                    error = "#ERROR";
                }
                problems.add(CellProblem.cell(CellProblem.Severity.VIOLATION, place, column, error, "cell.formulaError",
                        "error", error));
                return null;
            default:
                return null;
        }
    }
}
