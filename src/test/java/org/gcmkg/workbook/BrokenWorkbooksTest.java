package org.gcmkg.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

import org.gcmkg.StoreSnapshot;
import org.gcmkg.TestProject;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.store.GcmStore;
import org.gcmkg.text.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every broken workbook of {@code examples/invalid-workbooks/} is refused with the right cell reference and message,
 * in English and Spanish, and the store is byte-identical afterwards; the valid examples are accepted.
 */
class BrokenWorkbooksTest {
    private static GcmStore store;
    private static GateAdapter gate;

    @BeforeAll
    static void open() {
        store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        gate = new GateAdapter(TestProject.get(), new IngestService(TestProject.get(), store.dataset(), Clock.systemUTC()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void eachBrokenWorkbookIsRefusedAtItsCell() throws Exception {
        String before = StoreSnapshot.of(store.dataset());
        for (ExampleWorkbooks.Broken b : ExampleWorkbooks.BROKEN_CASES) {
            WorkbookCheck check = new WorkbookCheck(gate);
            byte[] bytes = Files.readAllBytes(ExampleWorkbooks.BROKEN.resolve(b.file()));
            WorkbookCheck.Outcome outcome = check.submit(check.workbooks().read(bytes, WorkbookInput.Form.XLSX, b.file(),
                    InputLimits.DEFAULT), null, null, false);
            assertFalse(outcome.stored(), b.file() + " was stored");
            assertFalse(outcome.report().conforms(), b.file());
            List<CellProblem> violations = outcome.report().problems().stream()
                    .filter(p -> p.severity() == CellProblem.Severity.VIOLATION).toList();
            CellProblem first = violations.get(0);
            assertEquals(b.expectedCell(), first.ref(), b.file() + ": " + outcome.report().text(Language.EN));
            if (b.expectedKey() != null) {
                assertEquals(b.expectedKey(), first.key(), b.file());
                assertEquals(1, violations.size(), b.file() + ": " + outcome.report().text(Language.EN));
            } else {
                assertEquals(b.expectedShape(), first.shape(), b.file());
            }
            assertNotEquals(first.message(Language.EN), first.message(Language.ES), b.file());
            String text = outcome.report().text(Language.ES);
            assertTrue(text.contains(b.expectedCell()), text);
            assertEquals(before, StoreSnapshot.of(store.dataset()), b.file() + " changed the store");
        }
    }

    @Test
    void theValidExamplesAreAccepted() throws Exception {
        for (java.nio.file.Path example : List.of(ExampleWorkbooks.FOLLOW_UP, ExampleWorkbooks.OTHER_COUNTRY)) {
            WorkbookCheck check = new WorkbookCheck(gate);
            WorkbookCheck.Outcome outcome = check.validate(check.workbooks().read(example, InputLimits.DEFAULT));
            assertTrue(outcome.report().conforms(), example + ": " + outcome.report().text(Language.EN));
            assertEquals(0, outcome.report().count(CellProblem.Severity.WARNING), outcome.report().text(Language.EN));
        }
    }
}
