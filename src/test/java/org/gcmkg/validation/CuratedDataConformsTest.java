package org.gcmkg.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gcmkg.TestProject;
import org.junit.jupiter.api.Test;

/** All curated data conforms to the shapes, without a single warning. */
class CuratedDataConformsTest {

    @Test
    void curatedDataHasNoValidationResult() {
        ValidationOutcome outcome = TestProject.get().validateCurated();
        assertTrue(outcome.clean(), () -> new ReportWriter("en").write(outcome, ReportFormat.TEXT));
    }
}
