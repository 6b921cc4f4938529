package org.gcmkg.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gcmkg.TestProject;
import org.gcmkg.store.Project;
import org.junit.jupiter.api.Test;

/**
 * The template is generated from the mapping, the shapes and the data: headers from sh:name, required columns from
 * the minimum counts of Violations, drop-down lists from the allowed values; change the shapes and it changes.
 */
class TemplateTest {
    private static final String SH = "https://w3id.org/gcm/shapes#";

    private static XSSFWorkbook open(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> values = new ArrayList<>();
        Row row = sheet.getRow(index);
        for (Cell c : row) {
            values.add(c.getStringCellValue());
        }
        return values;
    }

    private static Workbooks workbooks(Graph shapes) {
        Project project = TestProject.get();
        return new Workbooks(shapes, new DataContext(project.validator().context()));
    }

    private static Graph shapes() {
        Graph copy = GraphFactory.createDefaultGraph();
        TestProject.get().validator().shapes().getGraph().find().forEachRemaining(copy::add);
        return copy;
    }

    @Test
    void theSheetsHeadersAndRequiredMarksComeFromTheShapes() throws Exception {
        try (XSSFWorkbook wb = open(workbooks(shapes()).template())) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(List.of("Help", "Report", "Institutions", "Participation", "Programmes", "Actions", "Figures",
                    "Scopes", "Challenges", "ObjectiveCounts", "ChallengeCounts", "Sections", "Tables", "Datasets", "Events",
                    "Documents", "Lists"), sheets);
            Sheet actions = wb.getSheet("Actions");
            assertEquals(List.of("objective", "item", "section", "name_es", "name_en", "summary_es", "summary_en",
                    "programme", "related_programmes", "responsible", "partners", "present", "framework",
                    "participants_as_named", "beneficiary_groups", "start", "end", "suspended", "valid_for", "maximum_stay"),
                    row(actions, 1));
            List<String> titles = row(actions, 0);
            assertEquals("Objective / Objetivo *", titles.get(0));
            assertEquals("Name in Spanish / Nombre en español *", titles.get(3));
            assertEquals("Summary in English / Resumen en inglés *", titles.get(6));
            assertEquals("Source section / Sección de origen", titles.get(2));
            assertEquals("Summary in English / Resumen en inglés", row(wb.getSheet("Programmes"), 0).get(4),
                    "a Warning does not make a column required");
            assertFalse(row(wb.getSheet("Report"), 1).contains("description_es"),
                    "a property no shape names for reports is not in the template");
            assertFalse(row(wb.getSheet("Participation"), 1).contains("note_es"));
            assertTrue(row(wb.getSheet("Participation"), 1).contains("row"));
        }
    }

    @Test
    void allowedValuesAreDropDownLists() throws Exception {
        try (XSSFWorkbook wb = open(workbooks(shapes()).template())) {
            List<? extends DataValidation> validations = wb.getSheet("Actions").getDataValidations();
            DataValidation objective = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 0).findFirst().orElseThrow();
            String range = wb.getName(objective.getValidationConstraint().getFormula1()).getRefersToFormula();
            assertTrue(range.matches("'Lists'!\\$[A-Z]+\\$2:\\$[A-Z]+\\$24"), range);
            Sheet lists = wb.getSheet("Lists");
            int column = new org.apache.poi.ss.util.CellReference(range.substring(range.indexOf('!') + 1, range.indexOf(':'))).getCol();
            assertEquals("1", lists.getRow(1).getCell(column).getStringCellValue());
            assertEquals("23", lists.getRow(23).getCell(column).getStringCellValue());
            List<String> kinds = new ArrayList<>();
            for (int c = 0; c < lists.getRow(0).getLastCellNum(); c++) {
                if ("Institutions.kind".equals(lists.getRow(0).getCell(c) == null ? null : lists.getRow(0).getCell(c).getStringCellValue())) {
                    for (int r = 1; lists.getRow(r) != null && lists.getRow(r).getCell(c) != null; r++) {
                        kinds.add(lists.getRow(r).getCell(c).getStringCellValue());
                    }
                }
            }
            assertEquals(List.of("ForeignGovernmentBody", "InternationalOrganisation", "OtherOrganisation", "PublicBody"), kinds);
            assertTrue(wb.getSheet("Help").getRow(0).getCell(0).getStringCellValue()
                    .equals("GCM follow-up reporting workbook / Libro de reporte del seguimiento del PMM"));
        }
    }

    @Test
    void whenTheShapesChangeTheTemplateChanges() throws Exception {
        Graph shapes = shapes();
        Node summaryEn = NodeFactory.createURI(SH + "ActionSummaryEn");
        Node severity = NodeFactory.createURI("http://www.w3.org/ns/shacl#severity");
        shapes.remove(summaryEn, severity, Node.ANY);
        shapes.add(Triple.create(summaryEn, severity, NodeFactory.createURI("http://www.w3.org/ns/shacl#Warning")));
        Node participation = NodeFactory.createURI(SH + "ParticipationShape");
        shapes.remove(participation, NodeFactory.createURI("http://www.w3.org/ns/shacl#property"),
                NodeFactory.createURI(SH + "ParticipationRow"));
        Workbooks changed = workbooks(shapes);
        try (XSSFWorkbook wb = open(changed.template())) {
            assertEquals("Summary in English / Resumen en inglés", row(wb.getSheet("Actions"), 0).get(6));
            assertFalse(row(wb.getSheet("Participation"), 1).contains("row"));
        }
        WorkbookInput input = changed.read(java.nio.file.Files.readAllBytes(ExampleWorkbooks.BROKEN.resolve("required-empty.xlsx")),
                WorkbookInput.Form.XLSX, "x", InputLimits.DEFAULT);
        assertEquals("cell.required", changed.map(input).problems().get(0).key(), "name_es is still required");
    }
}
