package org.gcmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.gcmkg.store.GcmStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook path of the command line: template, validate, ingest and export, their exit codes, and refusals that
 * leave a persistent store byte-identical.
 */
class WorkbookCommandsTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final String GUATEMALA = "https://w3id.org/gcm/report/ejemplo-ficticio-guatemala-2022";

    @TempDir
    Path dir;

    private static String dump(Path store) {
        try (GcmStore s = GcmStore.open(store)) {
            return Txn.calculateRead(s.dataset(), () -> {
                StringWriter out = new StringWriter();
                RDFDataMgr.write(out, s.dataset(), Lang.NQUADS);
                String[] lines = out.toString().split("\n");
                Arrays.sort(lines);
                return String.join("\n", lines);
            });
        }
    }

    @Test
    void templateWritesTheWorkbookAndItsCsvForm() throws Exception {
        Path file = dir.resolve("t.xlsx");
        CliRun run = CliRun.of("template", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.size(file) > 10_000);
        CliRun csv = CliRun.of("template", "--csv", dir.resolve("csv").toString());
        assertEquals(0, csv.code(), csv.err());
        assertEquals("objective,item,section,name_es,name_en,summary_es,summary_en,programme,related_programmes,"
                + "responsible,partners,present,framework,participants_as_named,beneficiary_groups,start,end,suspended,"
                + "valid_for,maximum_stay",
                Files.readString(dir.resolve("csv/actions.csv")).strip());
    }

    @Test
    void validateNamesTheCellAndExitsByTheOutcome() throws Exception {
        CliRun ok = CliRun.of("validate", EXAMPLES.resolve("other-country-2022/csv").toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().startsWith("The workbook conforms."), ok.out());

        Path annotated = dir.resolve("checked.xlsx");
        CliRun broken = CliRun.of("validate", EXAMPLES.resolve("invalid-workbooks/date-31-13-2020.xlsx").toString(),
                "--annotated", annotated.toString());
        assertEquals(1, broken.code(), broken.out() + broken.err());
        assertTrue(broken.out().contains("Actions!P5 (start): Violation: '31/13/2020' is not a date"), broken.out());
        assertTrue(Files.size(annotated) > 10_000);

        CliRun es = CliRun.of("validate", "--lang", "es", "--format", "json",
                EXAMPLES.resolve("invalid-workbooks/number-with-text.xlsx").toString());
        assertEquals(1, es.code());
        assertTrue(es.out().contains("\"cell\" : \"Figures!D3\""), es.out());
        assertTrue(es.out().contains("«1.200 visitas» no es un número"), es.out());

        Path notWorkbook = dir.resolve("fake.xlsx");
        Files.writeString(notWorkbook, "objective,item\n7,1\n");
        CliRun unreadable = CliRun.of("validate", notWorkbook.toString());
        assertEquals(2, unreadable.code());
        assertTrue(unreadable.err().contains("is not a workbook (.xlsx)"), unreadable.err());

        CliRun mixed = CliRun.of("validate", notWorkbook.toString(), EXAMPLES.resolve("follow-up-2021/submission.ttl").toString());
        assertEquals(2, mixed.code());
    }

    @Test
    void ingestStoresAWorkbookQueriesSeeItAndExportGivesItBack() throws Exception {
        Path store = dir.resolve("store");
        CliRun first = CliRun.of("ingest", "--store", store.toString(), "--id", "guatemala-2022",
                EXAMPLES.resolve("other-country-2022/ejemplo-ficticio-guatemala-2022.xlsx").toString());
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(first.out().contains("stored as submission guatemala-2022"), first.out());

        String before = dump(store);
        for (String broken : new String[] {"invalid-workbooks/objective-24.xlsx", "invalid-workbooks/included-without-sent.xlsx"}) {
            CliRun refused = CliRun.of("ingest", "--store", store.toString(), EXAMPLES.resolve(broken).toString());
            assertEquals(1, refused.code(), refused.out());
            assertTrue(refused.out().contains("not stored, it does not conform"), refused.out());
        }
        Path macros = dir.resolve("macros.xlsm");
        Files.write(macros, org.gcmkg.workbook.HostileWorkbooks.withMacros(
                Files.readAllBytes(EXAMPLES.resolve("follow-up-2021/submission.xlsx"))));
        CliRun refusedMacros = CliRun.of("ingest", "--store", store.toString(), macros.toString());
        assertEquals(2, refusedMacros.code());
        assertTrue(refusedMacros.err().contains("contains macros"), refusedMacros.err());
        assertEquals(before, dump(store), "refused workbooks changed the store");

        CliRun query = CliRun.of("query", "--store", store.toString(), "--edition", GUATEMALA, "--format", "csv",
                "actions-per-objective");
        assertEquals(0, query.code(), query.err());
        assertTrue(query.out().lines().anyMatch(l -> l.startsWith("21,") && l.contains(",1,")), query.out());
        assertTrue(query.out().lines().anyMatch(l -> l.startsWith("2,") && l.contains(",0,")), query.out());

        Path exported = dir.resolve("back.xlsx");
        CliRun export = CliRun.of("export", "--store", store.toString(), "--edition", GUATEMALA, "-o", exported.toString());
        assertEquals(0, export.code(), export.err());
        CliRun again = CliRun.of("validate", exported.toString());
        assertEquals(0, again.code(), again.out());
        assertTrue(again.out().startsWith("The workbook conforms."), again.out());

        CliRun unknown = CliRun.of("export", "--store", store.toString(), "--edition", "https://w3id.org/gcm/report/none");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no report edition <https://w3id.org/gcm/report/none>"), unknown.err());
    }
}
