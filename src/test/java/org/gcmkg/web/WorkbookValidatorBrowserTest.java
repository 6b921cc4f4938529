package org.gcmkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gcmkg.page.WebPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/** The validator page takes a reporting workbook, shows its problems by cell and returns the workbook marked. */
class WorkbookValidatorBrowserTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");

    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.of(WebServer::start, "es-MX,es");

    @Test
    void aWorkbookIsCheckedCellByCellAndComesBackMarked() throws Exception {
        SESSION.browser().open(SESSION.server().baseUrl() + WebPaths.VALIDATOR);
        SESSION.browser().find("#submission-file").sendKeys(
                EXAMPLES.resolve("invalid-workbooks/objective-24.xlsx").toAbsolutePath().toString());
        SESSION.browser().find("#validate-button").click();
        SESSION.browser().await().until(d -> !SESSION.browser().findAll("#verdict").isEmpty());
        assertTrue(SESSION.browser().find("#verdict").getAttribute("class").contains("fails"));
        List<String> cells = SESSION.browser().findAll("#report .focus-group").stream()
                .map(g -> g.getAttribute("data-focus-node")).toList();
        assertEquals(List.of("Actions!A6"), cells);
        List<String> messages = SESSION.browser().findAll("#report .result .message").stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("24 está fuera del intervalo permitido, de 1 a 23."), messages);
        SESSION.browser().screenshot("validator-workbook");

        SESSION.browser().find("#download-annotated-workbook").click();
        Path checked = SESSION.browser().downloaded("checked.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(checked))) {
            assertEquals("Problemas", wb.getSheetName(0));
            Cell cell = wb.getSheet("Actions").getRow(5).getCell(0);
            assertTrue(cell.getCellComment().getString().getString().contains("24 está fuera del intervalo permitido"));
        }
    }
}
