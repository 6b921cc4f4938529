package org.gcmkg.workbook;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV form of the workbook: one UTF-8 file per table, named by the table's url ({@code actions.csv}),
 * its first row the column names, in a folder or a zip. Row numbers are the records' numbers, the header being 1.
 */
final class CsvReader {
    private CsvReader() {
    }

    /** The CSV files of a zip. */
    static WorkbookInput readZip(byte[] bytes, String source, Mapping mapping, InputLimits limits) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : ZipScreen.entries(bytes, source, limits, false).entrySet()) {
            String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
            if (name.endsWith(".csv") && !e.getKey().startsWith("__MACOSX/")) {
                files.put(name, e.getValue());
            }
        }
        return read(files, source, bytes, mapping, limits);
    }

    /** The CSV files of a folder. */
    static WorkbookInput readDirectory(Path dir, Mapping mapping, InputLimits limits) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".csv")) {
                    total += Files.size(p);
                    if (total > limits.maxBytes()) {
                        throw WorkbookInputException.tooLarge("input.tooLarge", "source", dir.toString(),
                                "max", limits.maxBytes());
                    }
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new WorkbookInputException("input.unreadable", "source", dir.toString(), "reason", String.valueOf(e.getMessage()));
        }
        return read(files, dir.toString(), new byte[0], mapping, limits);
    }

    private static WorkbookInput read(Map<String, byte[]> files, String source, byte[] bytes, Mapping mapping,
            InputLimits limits) {
        if (files.isEmpty()) {
            throw new WorkbookInputException("input.noCsv", "source", source);
        }
        Map<String, WorkbookInput.Sheet> sheets = new LinkedHashMap<>();
        List<CellProblem> problems = new ArrayList<>();
        for (String name : files.keySet()) {
            if (mapping.tables().stream().noneMatch(t -> t.url().equals(name))) {
                problems.add(CellProblem.cell(CellProblem.Severity.WARNING, null, null, name, "sheet.unknownFile",
                        "name", name));
            }
        }
        for (Mapping.Table table : mapping.tables()) {
            byte[] content = files.get(table.url());
            if (content != null) {
                sheets.put(table.url(), sheet(table, decode(content, table.url()), limits, problems));
            }
        }
        return new WorkbookInput(WorkbookInput.Form.CSV, source, bytes, sheets, problems);
    }

    private static String decode(byte[] content, String name) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new WorkbookInputException("input.csvEncoding", "source", name);
        }
    }

    private static WorkbookInput.Sheet sheet(Mapping.Table table, String text, InputLimits limits,
            List<CellProblem> problems) {
        String name = table.url();
        Map<String, Integer> columns = new HashMap<>();
        List<WorkbookInput.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                if (first) {
                    first = false;
                    for (int i = 0; i < record.size() && i < limits.maxColumns(); i++) {
                        String column = record.get(i).strip();
                        if (column.isEmpty()) {
                            continue;
                        }
                        if (table.column(column).filter(c -> !c.virtual()).isPresent()) {
                            columns.putIfAbsent(column, i);
                        } else {
                            problems.add(CellProblem.cell(CellProblem.Severity.WARNING, new Place(name, 1, i), null,
                                    column, "sheet.unknownColumn", "name", column));
                        }
                    }
                    continue;
                }
                Map<String, CellInput> cells = new HashMap<>();
                for (Map.Entry<String, Integer> col : columns.entrySet()) {
                    if (col.getValue() < record.size()) {
                        String value = record.get(col.getValue()).strip();
                        if (!value.isEmpty()) {
                            cells.put(col.getKey(), CellInput.text(value));
                        }
                    }
                }
                if (!cells.isEmpty()) {
                    if (rows.size() >= limits.maxRows()) {
                        throw WorkbookInputException.tooLarge("input.tooManyRows", "sheet", name, "max", limits.maxRows());
                    }
                    rows.add(new WorkbookInput.Row(number, cells));
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new WorkbookInputException("input.csvSyntax", "source", name);
        }
        return new WorkbookInput.Sheet(name, columns, 1, rows);
    }
}
