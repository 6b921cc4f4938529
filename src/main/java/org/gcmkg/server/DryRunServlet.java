package org.gcmkg.server;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.Lang;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.ParsedSubmission;
import org.gcmkg.io.RdfInputException;
import org.gcmkg.validation.ShapesVersion;
import org.gcmkg.validation.ValidationOutcome;

/** {@code POST /validate}: the public dry run. Validates a body exactly as a submission would be, and never stores. */
final class DryRunServlet extends HttpServlet {
    private final transient IngestService gate;
    private final transient SubmissionReader reader;
    private final transient WorkbookEndpoint workbooks;
    private final transient Supplier<ShapesVersion> shapes;
    private final transient ValidationBudget budget;

    DryRunServlet(IngestService gate, SubmissionReader reader, WorkbookEndpoint workbooks,
            Supplier<ShapesVersion> shapes, ValidationBudget budget) {
        this.gate = gate;
        this.budget = budget;
        this.shapes = shapes;
        this.reader = reader;
        this.workbooks = workbooks;
    }

    /** A body parsed, without its bytes, and how it was read. */
    private record Parsed(ParsedSubmission submission, Lang syntax, boolean detected) {
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ValidationBudget.Hold> admitted = budget.tryAdmit(HttpReports.chargedBytes(req, reader));
        if (admitted.isEmpty()) {
            HttpReports.validationBusy(req, resp);
            return;
        }
        try (ValidationBudget.Hold hold = admitted.get()) {
            if (workbooks != null && WorkbookEndpoint.handles(req)) {
                workbooks.validate(req, resp);
                return;
            }
            Parsed parsed = parse(req, resp);
            if (parsed == null) {
                return;
            }
            ValidationOutcome outcome = gate.validate(parsed.submission());
            HttpReports.report(req, resp, 200, parsed.submission().file(), parsed.syntax(), parsed.detected(), outcome,
                    shapes.get());
        }
    }

    /**
     * The body parsed and described (name, size, SHA-256), or null once an error has been answered. The bytes are
     * not referenced past this method, so that they can be collected while the graph is validated.
     */
    private Parsed parse(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SubmissionReader.Body body = reader.read(req, resp);
        if (body == null) {
            return null;
        }
        try {
            return new Parsed(gate.parse(body.input()), body.input().lang(), body.detected());
        } catch (RdfInputException e) {
            HttpReports.unreadable(req, resp, e, body.input().lang(), body.fileName(), body.text());
            return null;
        }
    }
}
