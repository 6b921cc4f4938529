package org.gcmkg.validation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.jena.shacl.validation.Severity;

/**
 * A validation report as the service writes it ({@link ReportWriter}): what was validated (one {@link FileReport}
 * per file: name, size, SHA-256 and results), when, against which shapes, and at which level a result makes it
 * fail. Several files are validated each on its own; the report conforms when each of them does.
 *
 * @param time   when the validation was made (to the second), or null when the report does not say
 * @param shapes the shapes validated against, or null when the report does not say
 * @param failOn the least severity that fails a file
 * @param files  the files, in the order given
 */
public record Report(Instant time, ShapesVersion shapes, FailOn failOn, List<FileReport> files) {

    /** A report; {@code time} is truncated to the second. */
    public Report {
        time = time == null ? null : time.truncatedTo(ChronoUnit.SECONDS);
        files = List.copyOf(files);
    }

    /** The report of one file, failing on a Violation (the gate's own verdict). */
    public static Report of(SubmittedFile file, ValidationOutcome outcome, ShapesVersion shapes, Instant time) {
        return new Report(time, shapes, FailOn.VIOLATION, List.of(new FileReport(file, outcome)));
    }

    /** The report of an outcome alone, without file, shapes or time. */
    public static Report of(ValidationOutcome outcome) {
        return new Report(null, null, FailOn.VIOLATION, List.of(new FileReport(null, outcome)));
    }

    /** This report failing at another level. */
    public Report failingOn(FailOn level) {
        return new Report(time, shapes, level, files);
    }

    /** True when every file passes at {@link #failOn}. */
    public boolean conforms() {
        return files.stream().allMatch(f -> f.passes(failOn));
    }

    /** The number of files that pass. */
    public long conformingFiles() {
        return files.stream().filter(f -> f.passes(failOn)).count();
    }

    /** The number of results of {@code severity} over all files. */
    public long count(Severity severity) {
        return files.stream().mapToLong(f -> f.count(severity)).sum();
    }
}
