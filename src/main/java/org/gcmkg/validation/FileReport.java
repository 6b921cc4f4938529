package org.gcmkg.validation;

import org.apache.jena.shacl.validation.Severity;

/**
 * The outcome of validating one file, with what the file was.
 *
 * @param file    what was validated, or null when the report does not say (a graph built in memory)
 * @param outcome the results of the gate for it
 */
public record FileReport(SubmittedFile file, ValidationOutcome outcome) {

    /** Whether the file passes at {@code failOn}. */
    public boolean passes(FailOn failOn) {
        return failOn.passes(outcome);
    }

    /** The number of its results of {@code severity}. */
    public long count(Severity severity) {
        return outcome.count(severity);
    }
}
