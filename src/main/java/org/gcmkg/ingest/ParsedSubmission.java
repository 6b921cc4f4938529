package org.gcmkg.ingest;

import org.apache.jena.graph.Graph;
import org.gcmkg.validation.SubmittedFile;

/**
 * A submission parsed from its bytes, without the bytes: its graph and what a report and the duplicate rule say of
 * the bytes (name, size, SHA-256). Holding this instead of the {@link SubmissionInput} lets the bytes go before the
 * graph is validated.
 *
 * @param graph the parsed statements
 * @param file  the submitted bytes' name, size and SHA-256
 */
public record ParsedSubmission(Graph graph, SubmittedFile file) {
}
