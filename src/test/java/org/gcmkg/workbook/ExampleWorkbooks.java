package org.gcmkg.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gcmkg.TestProject;
import org.gcmkg.store.Project;

/**
 * Writes the example workbooks of {@code examples/} from their sources, so that none is a hand-edited binary: the
 * 2021 example from its Turtle file, the other country's edition from its CSV files, and each broken workbook from
 * the 2021 one with one cell changed.
 */
final class ExampleWorkbooks {
    static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    static final Path FOLLOW_UP_TTL = EXAMPLES.resolve("follow-up-2021/submission.ttl");
    static final Path FOLLOW_UP = EXAMPLES.resolve("follow-up-2021/submission.xlsx");
    static final Path OTHER_COUNTRY_CSV = EXAMPLES.resolve("other-country-2022/csv");
    static final Path OTHER_COUNTRY = EXAMPLES.resolve("other-country-2022/ejemplo-ficticio-guatemala-2022.xlsx");
    static final Path BROKEN = EXAMPLES.resolve("invalid-workbooks");
    static final Node FOLLOW_UP_EDITION = NodeFactory.createURI("https://w3id.org/gcm/report/ejemplo-ficticio-2021");
    static final Node OTHER_EDITION = NodeFactory.createURI("https://w3id.org/gcm/report/ejemplo-ficticio-guatemala-2022");

    /**
     * One broken workbook: the 2021 workbook with the cell of {@code column} in the row whose {@code keyColumn} cells
     * hold {@code keyValues} set to {@code value} (empty: cleared), refused at {@code expectedCell} with a message
     * of the workbook bundle ({@code expectedKey}) or of a shape ({@code expectedShape}).
     */
    record Broken(String file, String sheet, List<String> keyColumns, List<String> keyValues, String column, String value,
            String expectedCell, String expectedKey, String expectedShape, String what) {
    }

    static final List<Broken> BROKEN_CASES = List.of(
            new Broken("date-31-13-2020.xlsx", "Actions", List.of("objective", "item"), List.of("7", "2"), "start",
                    "31/13/2020", "Actions!P5", "cell.date", null, "a date that does not exist"),
            new Broken("objective-24.xlsx", "Actions", List.of("objective", "item"), List.of("15", "1"), "objective",
                    "24", "Actions!A6", "cell.range", null, "objective 24 (the GCM has 23)"),
            new Broken("unknown-acronym.xlsx", "Actions", List.of("objective", "item"), List.of("23", "1"), "responsible",
                    "SRX", "Actions!J7", "ref.unknown.institution", null, "an institution acronym that is in neither the data nor the Institutions sheet"),
            new Broken("number-with-text.xlsx", "Figures", List.of("objective", "item"), List.of("1", "1"), "value",
                    "1.200 visitas", "Figures!D3", "cell.number", null, "a figure's value with text in it"),
            new Broken("required-empty.xlsx", "Actions", List.of("objective", "item"), List.of("7", "1"), "name_es",
                    "", "Actions!D4", "cell.required", null, "a required cell (the Spanish name of an action) left empty"),
            new Broken("unknown-beneficiary-group.xlsx", "Actions", List.of("objective", "item"), List.of("7", "1"),
                    "beneficiary_groups", "ninas-ninos-y-adolescentes; personas-ficticias", "Actions!O4", "cell.allowed", null,
                    "a beneficiary group that is not in the scheme"),
            new Broken("duplicate-action.xlsx", "Actions", List.of("objective", "item"), List.of("7", "2"), "item",
                    "1", "Actions!B5", "cell.duplicate", null, "two actions with the same objective and number"),
            new Broken("figure-without-action.xlsx", "Figures", List.of("objective", "item"), List.of("1", "1"), "item",
                    "9", "Figures!B3", "cell.foreignKey", null, "a figure of an action that the Actions sheet lacks"),
            new Broken("included-without-sent.xlsx", "Participation", List.of("institution"), List.of("se"), "included",
                    "yes", "Participation!E4", null, "https://w3id.org/gcm/shapes#ParticipationIncludedOnlyIfSent",
                    "a contribution included although no information was sent (a shape of the gate)"),
            new Broken("edition-identifier.xlsx", "Report", List.of("edition"), List.of("ejemplo-ficticio-2021"), "edition",
                    "Ejemplo 2021", "Report!A3", "cell.slug", null, "an edition identifier with capitals and a space"));

    private ExampleWorkbooks() {
    }

    static Workbooks workbooks() {
        Project project = TestProject.get();
        return new Workbooks(project.validator().shapes().getGraph(), new DataContext(project.validator().context()));
    }

    /** The 2021 example as a workbook, exported from its Turtle file. */
    static byte[] followUp() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(graph, FOLLOW_UP_TTL.toString());
        return workbooks().export(graph, FOLLOW_UP_EDITION).xlsx();
    }

    /** The other country's edition as a workbook, written from its CSV files. */
    static byte[] otherCountry() {
        Workbooks w = workbooks();
        return w.workbookOf(w.read(OTHER_COUNTRY_CSV, InputLimits.DEFAULT));
    }

    /** A broken workbook: {@code base} with one cell changed. */
    static byte[] broken(byte[] base, Broken b) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(base));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet(b.sheet());
            Row names = sheet.getRow(WorkbookWriter.HEADER_ROWS - 1);
            Map<String, Integer> columns = new java.util.HashMap<>();
            for (Cell c : names) {
                columns.put(c.getStringCellValue(), c.getColumnIndex());
            }
            Row target = null;
            for (int r = WorkbookWriter.HEADER_ROWS; r <= sheet.getLastRowNum() && target == null; r++) {
                Row row = sheet.getRow(r);
                boolean matches = row != null;
                for (int k = 0; matches && k < b.keyColumns().size(); k++) {
                    Cell c = row.getCell(columns.get(b.keyColumns().get(k)));
                    String text = c == null ? "" : c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? Long.toString((long) c.getNumericCellValue()) : c.getStringCellValue();
                    matches = text.equals(b.keyValues().get(k));
                }
                if (matches) {
                    target = row;
                }
            }
            if (target == null) {
                throw new IllegalStateException("no row " + b.keyValues() + " in " + b.sheet());
            }
            int index = columns.get(b.column());
            Cell cell = target.getCell(index) == null ? target.createCell(index) : target.getCell(index);
            if (b.value().isEmpty()) {
                target.removeCell(cell);
            } else {
                cell.setCellValue(b.value());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every example workbook into {@code examples/}. */
    static void writeAll() throws IOException {
        Files.write(FOLLOW_UP, followUp());
        Files.write(OTHER_COUNTRY, otherCountry());
        Files.createDirectories(BROKEN);
        byte[] base = Files.readAllBytes(FOLLOW_UP);
        for (Broken b : BROKEN_CASES) {
            Files.write(BROKEN.resolve(b.file()), broken(base, b));
        }
    }
}
