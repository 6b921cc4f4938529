package org.gcmkg.server;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gcmkg.ingest.IngestService;
import org.gcmkg.io.RdfInputException;
import org.gcmkg.validation.ShapesVersion;

/** {@code POST /validate}: the public dry run. Validates a body exactly as a submission would be, and never stores. */
final class DryRunServlet extends HttpServlet {
    private final transient IngestService gate;
    private final transient SubmissionReader reader;
    private final transient WorkbookEndpoint workbooks;
    private final transient Supplier<ShapesVersion> shapes;

    DryRunServlet(IngestService gate, SubmissionReader reader, WorkbookEndpoint workbooks,
            Supplier<ShapesVersion> shapes) {
        this.gate = gate;
        this.shapes = shapes;
        this.reader = reader;
        this.workbooks = workbooks;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (workbooks != null && WorkbookEndpoint.handles(req)) {
            workbooks.validate(req, resp);
            return;
        }
        SubmissionReader.Body body = reader.read(req, resp);
        if (body == null) {
            return;
        }
        try {
            HttpReports.report(req, resp, 200, body, gate.validate(body.input()), shapes.get());
        } catch (RdfInputException e) {
            HttpReports.unreadable(req, resp, e, body.input().lang(), body.fileName(), body.text());
        }
    }
}
