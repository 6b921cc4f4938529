package org.gcmkg.ingest;

import org.gcmkg.io.RdfInputException;
import org.gcmkg.validation.ValidationOutcome;

/**
 * What became of a submission.
 *
 * @param status  the outcome
 * @param record  the stored record, when accepted
 * @param outcome the validation outcome, when it was validated
 * @param error   a message naming the problem, when it was not accepted
 * @param unreadable why the input could not be read (with its line and column), when it was malformed
 * @param heldBy  the identifier of the stored submission with the same bytes, when it was a duplicate
 */
public record IngestResult(Status status, SubmissionRecord record, ValidationOutcome outcome, String error,
                           RdfInputException unreadable, String heldBy) {

    /** The possible outcomes. */
    public enum Status {
        /** Validated and stored whole. */
        ACCEPTED,
        /** Validated with violations; nothing stored. */
        NOT_CONFORMING,
        /** Not readable as RDF of its declared syntax; nothing stored. */
        MALFORMED,
        /** A new submission asked for an identifier that is taken. */
        ID_TAKEN,
        /** The same bytes are stored already, as another submission. */
        DUPLICATE,
        /** A replacement or removal named a submission that does not exist. */
        NOT_FOUND,
        /** Another write stored, replaced or removed the same identifier while this one was being validated. */
        CHANGED_WHILE_VALIDATED,
        /** The request itself is wrong (bad identifier, unknown institution). */
        INVALID_REQUEST
    }

    static IngestResult accepted(SubmissionRecord record, ValidationOutcome outcome) {
        return new IngestResult(Status.ACCEPTED, record, outcome, null, null, null);
    }

    static IngestResult notConforming(ValidationOutcome outcome) {
        return new IngestResult(Status.NOT_CONFORMING, null, outcome, "the submission does not conform to the shapes", null, null);
    }

    static IngestResult malformed(RdfInputException e) {
        return new IngestResult(Status.MALFORMED, null, null, e.describe(), e, null);
    }

    static IngestResult duplicate(String error, String heldBy) {
        return new IngestResult(Status.DUPLICATE, null, null, error, null, heldBy);
    }

    static IngestResult failed(Status status, String error) {
        return new IngestResult(status, null, null, error, null, null);
    }
}
