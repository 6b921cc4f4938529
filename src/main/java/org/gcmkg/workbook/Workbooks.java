package org.gcmkg.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.text.Language;
import org.gcmkg.vocab.Gcm;

/**
 * The reporting workbook's one entrance: reads a workbook or its CSV form, turns it into RDF, writes the empty
 * template and exports an edition, all driven by the mapping, the shapes and the data it is read against.
 */
public final class Workbooks {
    /** The media type of a workbook. */
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The media type of a zip of CSV files. */
    public static final String ZIP_TYPE = "application/zip";

    private final ColumnRules rules;

    /** The workbook of the standard mapping, with the shapes graph {@code shapes}, read against {@code data}. */
    public Workbooks(Graph shapes, DataContext data) {
        this.rules = new ColumnRules(Mapping.standard(), shapes, data);
    }

    /** An edition exported: its workbook rows and the statements no column carries. */
    public record Export(byte[] xlsx, Map<String, byte[]> csv, List<Triple> notCarried) {
    }

    /** Whether a path is a workbook or a CSV form by its name: a folder, .xlsx, .xlsm or .zip. */
    public static boolean isWorkbook(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isDirectory(path) || name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".zip");
    }

    /** Whether an HTTP content type is a workbook or a zip of CSV files. */
    public static boolean isWorkbookType(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", -1)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals(XLSX_TYPE) || type.equals(ZIP_TYPE) || type.equals("application/x-zip-compressed");
    }

    /** Reads a workbook file, a zip of CSV files or a folder of them. */
    public WorkbookInput read(Path path, InputLimits limits) {
        if (Files.isDirectory(path)) {
            return CsvReader.readDirectory(path, rules.mapping(), limits);
        }
        String name = path.toString();
        byte[] bytes;
        try {
            if (Files.size(path) > limits.maxBytes()) {
                throw WorkbookInputException.tooLarge("input.tooLarge", "source", name, "max", limits.maxBytes());
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            }
        } catch (NoSuchFileException e) {
            throw new WorkbookInputException("input.unreadable", "source", name, "reason", "file not found");
        } catch (IOException e) {
            throw new WorkbookInputException("input.unreadable", "source", name, "reason", String.valueOf(e.getMessage()));
        }
        boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".zip");
        return read(bytes, csv ? WorkbookInput.Form.CSV : WorkbookInput.Form.XLSX, name, limits);
    }

    /** Reads the bytes of a workbook ({@code XLSX}) or of a zip of CSV files ({@code CSV}). */
    public WorkbookInput read(byte[] bytes, WorkbookInput.Form form, String source, InputLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw WorkbookInputException.tooLarge("input.tooLarge", "source", source, "max", limits.maxBytes());
        }
        return form == WorkbookInput.Form.CSV ? CsvReader.readZip(bytes, source, rules.mapping(), limits)
                : XlsxReader.read(bytes, source, rules.mapping(), limits);
    }

    /** The form an HTTP content type names. */
    public static WorkbookInput.Form formOf(String contentType) {
        String type = contentType.split(";", -1)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals(XLSX_TYPE) ? WorkbookInput.Form.XLSX : WorkbookInput.Form.CSV;
    }

    /** The RDF a read workbook states, with the place of every statement and the cells that cannot be read. */
    public MappedWorkbook map(WorkbookInput input) {
        return new TableMapper(rules).map(input);
    }

    /** The empty template as a workbook. */
    public byte[] template() {
        return new WorkbookWriter(rules).xlsx(Map.of());
    }

    /** The empty template in its CSV form, by file name. */
    public Map<String, byte[]> templateCsv() {
        return new WorkbookWriter(rules).csv(Map.of());
    }

    /** Edition {@code edition}, whose statements are {@code graph}, as a filled workbook and CSV form. */
    public Export export(Graph graph, Node edition) {
        EditionExport.Rows rows = new EditionExport(rules).export(graph, edition);
        WorkbookWriter writer = new WorkbookWriter(rules);
        return new Export(writer.xlsx(rows.tables()), writer.csv(rows.tables()), rows.notCarried());
    }

    /** The workbook with its problems marked: failing cells filled, messages as comments, and a Problems sheet. */
    public byte[] annotate(WorkbookInput input, List<CellProblem> problems, Language language) {
        return Annotator.annotate(input, problems, language, this);
    }

    /** The tables of a read CSV form (or workbook) written as a workbook of the template. */
    public byte[] workbookOf(WorkbookInput csv) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (Mapping.Table table : rules.mapping().tables()) {
            csv.sheet(table.url()).ifPresent(sheet -> {
                List<Map<String, Object>> list = new ArrayList<>();
                for (WorkbookInput.Row r : sheet.rows()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    r.cells().forEach((k, v) -> values.put(k, v.text()));
                    list.add(values);
                }
                rows.put(table.url(), list);
            });
        }
        return new WorkbookWriter(rules).xlsx(rows);
    }

    /** A copy of the named graph of {@code dataset} that describes {@code edition} as a report, if any. */
    public static Optional<Graph> editionGraph(DatasetGraph dataset, Node edition) {
        Node report = Gcm.REPORT;
        return Txn.calculateRead(dataset, () -> {
            Iterator<Node> names = dataset.listGraphNodes();
            while (names.hasNext()) {
                Graph g = dataset.getGraph(names.next());
                if (g.contains(edition, RDF.type.asNode(), report)) {
                    Graph copy = GraphFactory.createDefaultGraph();
                    g.find().forEachRemaining(copy::add);
                    return Optional.of(copy);
                }
            }
            return Optional.<Graph>empty();
        });
    }

    ColumnRules rules() {
        return rules;
    }
}
