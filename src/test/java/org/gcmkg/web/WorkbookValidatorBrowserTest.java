package org.gcmkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gcmkg.page.WebPaths;
import org.gcmkg.server.GcmServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The validator page takes a reporting workbook, shows its problems by cell and returns the workbook marked. */
class WorkbookValidatorBrowserTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");

    private static BrowserSession session;
    private static GcmServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        session = BrowserSession.start(WebServer::start, "es-MX,es");
        server = session.server();
        browser = session.browser();
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aWorkbookIsCheckedCellByCellAndComesBackMarked() throws Exception {
        browser.open(server.baseUrl() + WebPaths.VALIDATOR);
        browser.find("#submission-file").sendKeys(
                EXAMPLES.resolve("invalid-workbooks/objective-24.xlsx").toAbsolutePath().toString());
        browser.find("#validate-button").click();
        browser.await().until(d -> !browser.findAll("#verdict").isEmpty());
        assertTrue(browser.find("#verdict").getAttribute("class").contains("fails"));
        List<String> cells = browser.findAll("#report .focus-group").stream()
                .map(g -> g.getAttribute("data-focus-node")).toList();
        assertEquals(List.of("Actions!A6"), cells);
        List<String> messages = browser.findAll("#report .result .message").stream().map(WebElement::getText).toList();
        assertEquals(List.of("24 está fuera del intervalo permitido, de 1 a 23."), messages);
        browser.screenshot("validator-workbook");

        browser.find("#download-annotated-workbook").click();
        Path checked = browser.downloaded("checked.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(checked))) {
            assertEquals("Problemas", wb.getSheetName(0));
            Cell cell = wb.getSheet("Actions").getRow(5).getCell(0);
            assertTrue(cell.getCellComment().getString().getString().contains("24 está fuera del intervalo permitido"));
        }
    }
}
