package org.gcmkg.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gcmkg.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Untrusted workbooks: a zip bomb, macros, an old or encrypted workbook, something that is not a workbook, too many
 * rows, too many bytes, CSV that is not UTF-8 are all refused by name before anything is parsed as RDF; formulas
 * give their cached values only, even when they point to another file.
 */
class HostileWorkbooksTest {
    private final Workbooks workbooks = ExampleWorkbooks.workbooks();

    private WorkbookInputException refused(byte[] bytes, WorkbookInput.Form form, InputLimits limits) {
        return assertThrows(WorkbookInputException.class, () -> workbooks.read(bytes, form, "upload", limits));
    }

    private static byte[] valid() throws Exception {
        return Files.readAllBytes(ExampleWorkbooks.FOLLOW_UP);
    }

    @Test
    void aZipBombStopsAtTheInflatedCap() {
        byte[] bomb = HostileWorkbooks.zipBomb("xl/worksheets/sheet1.xml", 64L << 20);
        assertTrue(bomb.length < 200_000, "the bomb is small: " + bomb.length);
        InputLimits limits = new InputLimits(10L << 20, 16L << 20, 100, 1000, 100);
        WorkbookInputException e = refused(bomb, WorkbookInput.Form.XLSX, limits);
        assertEquals("input.unzippedTooLarge", e.key());
        assertTrue(e.tooLarge());
        assertEquals("upload unpacks to more than 16,777,216 bytes; it is refused as a possible zip bomb.",
                e.message(Language.EN));
        assertTrue(e.message(Language.ES).endsWith("se rechaza como posible bomba zip."), e.message(Language.ES));
        assertEquals("input.unzippedTooLarge", refused(HostileWorkbooks.zipBomb("actions.csv", 64L << 20),
                WorkbookInput.Form.CSV, limits).key());
    }

    @Test
    void macrosAreRefused() throws Exception {
        WorkbookInputException e = refused(HostileWorkbooks.withMacros(valid()), WorkbookInput.Form.XLSX, InputLimits.DEFAULT);
        assertEquals("input.macros", e.key());
        assertEquals("upload contains macros; workbooks with macros (.xlsm) are refused. Save it as an .xlsx workbook "
                + "without macros.", e.message(Language.EN));
    }

    @Test
    void whatIsNotAWorkbookIsRefusedByName() {
        assertEquals("input.notWorkbook", refused("not a zip".getBytes(StandardCharsets.UTF_8), WorkbookInput.Form.XLSX,
                InputLimits.DEFAULT).key());
        assertEquals("input.ole2", refused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0},
                WorkbookInput.Form.XLSX, InputLimits.DEFAULT).key());
        assertEquals("input.notWorkbook", refused(Zips.of(Map.of("a.txt", new byte[] {1})), WorkbookInput.Form.XLSX,
                InputLimits.DEFAULT).key());
        assertEquals("input.notZip", refused("a,b".getBytes(StandardCharsets.UTF_8), WorkbookInput.Form.CSV,
                InputLimits.DEFAULT).key());
        assertEquals("input.noCsv", refused(Zips.of(Map.of("a.txt", new byte[] {1})), WorkbookInput.Form.CSV,
                InputLimits.DEFAULT).key());
        assertEquals("input.csvEncoding", refused(Zips.of(Map.of("report.csv", new byte[] {'a', (byte) 0xFF, 'b'})),
                WorkbookInput.Form.CSV, InputLimits.DEFAULT).key());
    }

    @Test
    void sizeAndRowsAreCapped() throws Exception {
        WorkbookInputException bytes = refused(valid(), WorkbookInput.Form.XLSX, InputLimits.DEFAULT.withMaxBytes(1000));
        assertEquals("input.tooLarge", bytes.key());
        WorkbookInputException rows = refused(valid(), WorkbookInput.Form.XLSX, InputLimits.DEFAULT.withMaxRows(3));
        assertEquals("input.tooManyRows", rows.key());
        assertEquals("The sheet Actions has more than 3 rows.", rows.message(Language.EN));
    }

    @Test
    void formulasGiveTheirCachedValueAndLinksToOtherFilesAreNotFollowed() throws Exception {
        byte[] changed;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(valid()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFWorkbook other = new XSSFWorkbook();
            other.createSheet("Datos").createRow(0).createCell(0).setCellValue("from the other file");
            wb.linkExternalWorkbook("http-example.xlsx", other);
            Sheet actions = wb.getSheet("Actions");
            Row row = actions.getRow(2);
            Cell name = row.getCell(3);
            name.setCellFormula("[http-example.xlsx]Datos!A1");
            name.setCellValue("Nombre guardado en caché");
            Cell summary = row.getCell(5);
            summary.setCellFormula("CONCATENATE(\"recalculado\",\"!\")");
            summary.setCellValue("Resumen guardado en caché");
            wb.write(out);
            changed = out.toByteArray();
            other.close();
        }
        MappedWorkbook m = workbooks.map(workbooks.read(changed, WorkbookInput.Form.XLSX, "upload", InputLimits.DEFAULT));
        assertEquals(java.util.List.of(), m.problems());
        org.apache.jena.graph.Node action = org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/gcm/report/ejemplo-ficticio-2021/action/1-1");
        assertTrue(m.graph().contains(action, org.apache.jena.vocabulary.SKOS.prefLabel.asNode(),
                org.apache.jena.graph.NodeFactory.createLiteralLang("Nombre guardado en caché", "es")));
        assertTrue(m.graph().contains(action, org.apache.jena.graph.NodeFactory.createURI("http://purl.org/dc/terms/description"),
                org.apache.jena.graph.NodeFactory.createLiteralLang("Resumen guardado en caché", "es")));
    }
}
