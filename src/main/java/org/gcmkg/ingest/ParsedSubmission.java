package org.gcmkg.ingest;

import org.apache.jena.graph.Graph;
import org.gcmkg.validation.SubmittedFile;

/**
 * A submission parsed from its bytes by {@link SubmissionGate#parse}, without the bytes: its graph, what a report and
 * the duplicate rule say of the bytes (name, size, SHA-256), and the stored statements it refers to, looked up while
 * it was parsed. Holding this instead of the {@link SubmissionInput} lets the bytes go before the graph is validated.
 *
 * @param graph      the parsed statements
 * @param file       the submitted bytes' name, size and SHA-256
 * @param referenced the stored statements and owners of the resources the submission mentions
 */
public record ParsedSubmission(Graph graph, SubmittedFile file, Submissions.Referenced referenced) {
}
