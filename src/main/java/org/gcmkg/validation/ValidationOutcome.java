package org.gcmkg.validation;

import java.util.List;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * The result of a validation. Data is accepted when it has no Violation; Warnings and Infos are
 * reported but do not block it (SHACL's own {@code sh:conforms} is false for any result).
 */
public final class ValidationOutcome {
    private final ValidationReport report;

    ValidationOutcome(ValidationReport report) {
        this.report = report;
    }

    /** This outcome with further results added, as one report. */
    public ValidationOutcome with(List<ReportEntry> more) {
        if (more.isEmpty()) {
            return this;
        }
        ValidationReport.Builder builder = ValidationReport.create();
        report.getEntries().forEach(builder::addReportEntry);
        more.forEach(builder::addReportEntry);
        return new ValidationOutcome(builder.build());
    }

    /** The SHACL validation report. */
    public ValidationReport report() {
        return report;
    }

    /** True when no result has severity Violation. */
    public boolean accepted() {
        return count(Severity.Violation) == 0;
    }

    /** True when there is no result at all. */
    public boolean clean() {
        return report.conforms();
    }

    /** The number of results of a severity. */
    public long count(Severity severity) {
        return report.getEntries().stream().filter(e -> severity.equals(e.severity())).count();
    }

    /** All results. */
    public List<ReportEntry> entries() {
        return List.copyOf(report.getEntries());
    }
}
