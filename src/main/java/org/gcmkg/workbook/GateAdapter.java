package org.gcmkg.workbook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.gcmkg.ingest.IngestResult;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.store.Project;
import org.gcmkg.validation.ValidationOutcome;

/**
 * The one place where workbooks reach the submission gate, so that a workbook is checked and stored exactly as RDF
 * is. A stored submission is kept with the SHA-256 of its bytes (the record's checksum and the duplicate check), so
 * the graph a workbook states is stored as N-Triples in a stable order: the same workbook gives the same bytes.
 */
public final class GateAdapter {
    private final Project project;
    private final IngestService gate;

    /** The gate {@code gate} of {@code project}. */
    public GateAdapter(Project project, IngestService gate) {
        this.project = project;
        this.gate = gate;
    }

    /** The data a workbook is read against: the ontology, the curated data and the stored submissions. */
    public DataContext context() {
        MultiUnion union = new MultiUnion(new Graph[] {project.validator().context(), gate.submissions().allExcept(null)});
        return new DataContext(union);
    }

    /** The shapes graph the template and the reading follow. */
    public Graph shapes() {
        return project.validator().shapes().getGraph();
    }

    /** The dry run: validates the statements of a workbook, storing nothing. */
    public ValidationOutcome validate(Graph statements) {
        return gate.validate(statements);
    }

    /** Validates and, if they conform, stores the statements of a workbook as one submission. */
    public IngestResult submit(Graph statements, String sourceName, String id, String institution, boolean replace) {
        return gate.submit(new SubmissionInput(nTriples(statements), Lang.NTRIPLES, sourceName), id, institution, replace);
    }

    private static byte[] nTriples(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        lines.removeIf(String::isEmpty);
        lines.sort(null);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
