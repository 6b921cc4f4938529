package org.gcmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gcmkg.TestProject;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.store.GcmStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Workbooks over HTTP: the dry run, submissions, the annotated workbook, the template; refusals change nothing. */
class WorkbookHttpTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String TOKEN = "test-token-wb";

    private GcmStore store;
    private GcmServer server;

    @BeforeEach
    void start() {
        store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        IngestService gate = new IngestService(TestProject.get(), store.dataset(), Clock.systemUTC());
        server = GcmServer.start(store.dataset(), ServerSettings.ephemeral(), List.of(new SubmissionsExtension(gate,
                WriteAuth.withToken(Optional.of(TOKEN)), new SizeLimit(1024 * 1024), () -> { }, TestProject.get())));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }

    private HttpResponse<byte[]> post(String path, String type, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(b.build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String dump() {
        return Txn.calculateRead(store.dataset(), () -> {
            StringWriter out = new StringWriter();
            RDFDataMgr.write(out, store.dataset(), Lang.NQUADS);
            String[] lines = out.toString().split("\n");
            Arrays.sort(lines);
            return String.join("\n", lines);
        });
    }

    private static JsonObject json(HttpResponse<byte[]> r) {
        return JSON.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] example(String path) throws Exception {
        return Files.readAllBytes(EXAMPLES.resolve(path));
    }

    @Test
    void theDryRunPointsAtTheCellInTheRequestedLanguage() throws Exception {
        HttpResponse<byte[]> r = post("/validate", XLSX, example("invalid-workbooks/objective-24.xlsx"));
        assertEquals(200, r.statusCode());
        JsonObject report = json(r);
        assertFalse(report.get("conforms").getAsBoolean().value());
        JsonObject first = report.get("results").getAsArray().get(0).getAsObject();
        assertEquals("Actions!A6", first.getString("cell"));
        assertEquals("Actions", first.getString("sheet"));
        assertEquals(6, first.get("row").getAsNumber().value().intValue());
        assertEquals("A", first.getString("column"));
        assertEquals("24", first.getString("value"));
        assertEquals("24 is outside the allowed range, 1 to 23.", first.getString("message"));
        JsonObject es = json(post("/validate?lang=es", XLSX, example("invalid-workbooks/objective-24.xlsx")));
        assertEquals("24 está fuera del intervalo permitido, de 1 a 23.",
                es.get("results").getAsArray().get(0).getAsObject().getString("message"));
    }

    @Test
    void theAnnotatedWorkbookMarksTheFailingCell() throws Exception {
        HttpResponse<byte[]> r = post("/validate", XLSX, example("invalid-workbooks/date-31-13-2020.xlsx"), "Accept", XLSX);
        assertEquals(200, r.statusCode());
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElse(""));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertEquals("Problems", wb.getSheetName(0));
            assertEquals("Actions!P5", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            CellReference ref = new CellReference("P5");
            Cell cell = wb.getSheet("Actions").getRow(ref.getRow()).getCell(ref.getCol());
            assertEquals("31/13/2020", cell.getStringCellValue());
            assertNotNull(cell.getCellComment());
            assertTrue(cell.getCellComment().getString().getString().contains("'31/13/2020' is not a date"),
                    cell.getCellComment().getString().getString());
            assertEquals(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND, cell.getCellStyle().getFillPattern());
        }
    }

    @Test
    void aWorkbookIsStoredAndABrokenOneChangesNothing() throws Exception {
        String before = dump();
        HttpResponse<byte[]> refused = post("/submissions", XLSX, example("invalid-workbooks/unknown-acronym.xlsx"),
                "Authorization", "Bearer " + TOKEN);
        assertEquals(422, refused.statusCode());
        assertEquals("Actions!J7", json(refused).get("results").getAsArray().get(0).getAsObject().getString("cell"));
        HttpResponse<byte[]> notAWorkbook = post("/submissions", XLSX, "edition,title\n".getBytes(),
                "Authorization", "Bearer " + TOKEN);
        assertEquals(400, notAWorkbook.statusCode());
        assertEquals("request body is not a workbook (.xlsx).", json(notAWorkbook).getString("error"));
        HttpResponse<byte[]> unauthenticated = post("/submissions", XLSX, example("follow-up-2021/submission.xlsx"));
        assertEquals(401, unauthenticated.statusCode());
        assertEquals(before, dump(), "refused workbooks changed the store");

        HttpResponse<byte[]> stored = post("/submissions?id=guatemala-2022", XLSX,
                example("other-country-2022/ejemplo-ficticio-guatemala-2022.xlsx"), "Authorization", "Bearer " + TOKEN);
        assertEquals(201, stored.statusCode(), new String(stored.body()));
        assertEquals("/submissions/guatemala-2022", stored.headers().firstValue("Location").orElse(""));
        assertEquals("https://w3id.org/gcm/report/ejemplo-ficticio-guatemala-2022", json(stored).getString("edition"));
    }

    @Test
    void zippedCsvFilesAreAWorkbookToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.list(EXAMPLES.resolve("other-country-2022/csv"))) {
            for (Path f : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry("csv/" + f.getFileName()));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        HttpResponse<byte[]> r = post("/validate", "application/zip", out.toByteArray());
        assertEquals(200, r.statusCode());
        assertTrue(json(r).get("conforms").getAsBoolean().value(), new String(r.body()));
        HttpResponse<byte[]> stored = post("/submissions", "application/zip", out.toByteArray(),
                "Authorization", "Bearer " + TOKEN);
        assertEquals(201, stored.statusCode(), new String(stored.body()));
    }

    @Test
    void aBodyPastTheCapIs413() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024];
        HttpResponse<byte[]> r = post("/validate", XLSX, big);
        assertEquals(413, r.statusCode());
    }

    @Test
    void theTemplateDownloads() throws Exception {
        HttpResponse<byte[]> r = get("/template");
        assertEquals(200, r.statusCode());
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("gcm-kg-template.xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertEquals("Help", wb.getSheetName(0));
            assertNotNull(wb.getSheet("Actions"));
            assertEquals(0, wb.getSheet("Actions").getLastRowNum() - 1);
        }
        HttpResponse<byte[]> csv = get("/template?format=csv");
        assertEquals(200, csv.statusCode());
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(csv.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertTrue(names.contains("actions.csv") && names.contains("report.csv"), names.toString());
    }
}
