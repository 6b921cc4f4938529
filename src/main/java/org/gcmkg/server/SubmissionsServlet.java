package org.gcmkg.server;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.gcmkg.ingest.IngestResult;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.ingest.SubmissionRecord;
import org.gcmkg.ingest.Submissions;
import org.gcmkg.text.Messages;
import org.gcmkg.validation.ShapesVersion;
import org.gcmkg.vocab.Gcm;

/**
 * {@code /submissions}: GET lists submissions and shows one; authenticated POST adds one, PUT replaces one
 * atomically and DELETE retracts one. Nothing is stored unless it conforms.
 */
final class SubmissionsServlet extends HttpServlet {
    private final transient IngestService gate;
    private final transient WriteAuth auth;
    private final transient SubmissionReader reader;
    private final transient Runnable onChange;
    private final transient WorkbookEndpoint workbooks;
    private final transient Supplier<ShapesVersion> shapes;
    private final transient ValidationBudget budget;

    SubmissionsServlet(IngestService gate, WriteAuth auth, SubmissionReader reader, Runnable onChange,
            WorkbookEndpoint workbooks, Supplier<ShapesVersion> shapes, ValidationBudget budget) {
        this.shapes = shapes;
        this.budget = budget;
        this.gate = gate;
        this.auth = auth;
        this.reader = reader;
        this.onChange = onChange;
        this.workbooks = workbooks;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = idOf(req);
        if (id == null) {
            List<SubmissionRecord> records = gate.submissions().list();
            JsonArray list = new JsonArray();
            records.forEach(r -> list.add(json(r)));
            JsonObject body = new JsonObject();
            body.put("submissions", list);
            HttpReports.send(resp, 200, "application/json", JSON.toString(body) + "\n");
            return;
        }
        Optional<SubmissionRecord> record = gate.submissions().get(id);
        if (record.isEmpty()) {
            HttpReports.error(req, resp, 404, "submission.notFound", "id", id);
            return;
        }
        HttpReports.send(resp, 200, "application/json", JSON.toString(json(record.get())) + "\n");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (idOf(req) != null) {
            HttpReports.error(req, resp, 405, "method.post");
            return;
        }
        write(req, resp, req.getParameter("id"), false);
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = idOf(req);
        if (id == null) {
            HttpReports.error(req, resp, 405, "method.put");
            return;
        }
        write(req, resp, id, true);
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = idOf(req);
        if (!authorised(req, resp)) {
            return;
        }
        if (id == null) {
            HttpReports.error(req, resp, 405, "method.delete");
            return;
        }
        if (!gate.submissions().remove(id)) {
            HttpReports.error(req, resp, 404, "submission.notFound", "id", id);
            return;
        }
        onChange.run();
        resp.setStatus(204);
    }

    private void write(HttpServletRequest req, HttpServletResponse resp, String id, boolean replace) throws IOException {
        if (!authorised(req, resp)) {
            return;
        }
        Optional<ValidationBudget.Hold> admitted = budget.tryAdmit(HttpReports.chargedBytes(req, reader));
        if (admitted.isEmpty()) {
            HttpReports.validationBusy(req, resp);
            return;
        }
        try (ValidationBudget.Hold hold = admitted.get()) {
            validateAndStore(req, resp, id, replace);
        }
    }

    private void validateAndStore(HttpServletRequest req, HttpServletResponse resp, String id, boolean replace)
            throws IOException {
        if (workbooks != null && WorkbookEndpoint.handles(req)) {
            if (workbooks.submit(req, resp, id, replace)) {
                onChange.run();
            }
            return;
        }
        SubmissionReader.Body body = reader.read(req, resp);
        if (body == null) {
            return;
        }
        SubmissionInput input = body.input();
        IngestResult result = gate.submit(input, id, req.getParameter("institution"), replace);
        switch (result.status()) {
            case ACCEPTED:
                onChange.run();
                String location = req.getContextPath() + "/submissions/" + result.record().id();
                resp.setHeader("Location", location);
                HttpReports.send(resp, replace ? 200 : 201, "application/json", JSON.toString(json(result.record())) + "\n");
                break;
            case NOT_CONFORMING:
                HttpReports.report(req, resp, 422, body, result.outcome(), shapes.get());
                break;
            case MALFORMED:
                HttpReports.unreadable(req, resp, result.unreadable(), body.input().lang(), body.fileName(), body.text());
                break;
            case INVALID_REQUEST:
                invalidRequest(req, resp, id, result);
                break;
            case DUPLICATE:
                HttpReports.translatedError(req, resp, 409, Messages.of("gate", HttpReports.language(req))
                        .format("duplicate", "sha256", input.sha256(), "id", result.heldBy()));
                break;
            case NOT_FOUND:
                HttpReports.error(req, resp, 404, "submission.notFound", "id", id);
                break;
            case ID_TAKEN:
                HttpReports.error(req, resp, 409, "submission.taken", "id", id);
                break;
            case CHANGED_WHILE_VALIDATED:
                HttpReports.error(req, resp, 409, "submission.changed", "id", id);
                break;
            default:
                HttpReports.error(resp, 409, result.error());
        }
    }

    /** 400 for an identifier or an institution the gate refused, said again in the request's language. */
    static void invalidRequest(HttpServletRequest req, HttpServletResponse resp, String id, IngestResult result)
            throws IOException {
        try {
            if (id != null) {
                Submissions.checkId(id);
            }
        } catch (IllegalArgumentException e) {
            HttpReports.error(req, resp, 400, "submission.badId", "id", id);
            return;
        }
        String institution = req.getParameter("institution");
        if (institution != null) {
            HttpReports.error(req, resp, 400, "institution.unknown", "institution", institution);
            return;
        }
        HttpReports.error(resp, 400, result.error());
    }

    /**
     * 400 for a submission the gate found unreadable. The gate's result carries the error in English only, so the
     * body is parsed again, on this error path alone, for the error's position and parser detail.
     */

    private boolean authorised(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!auth.enabled()) {
            HttpReports.error(req, resp, 403, "auth.disabled");
            return false;
        }
        if (!auth.allows(req)) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"gcm-kg\"");
            HttpReports.error(req, resp, 401, "auth.needed");
            return false;
        }
        return true;
    }

    private static String idOf(HttpServletRequest req) {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            return null;
        }
        return path.substring(1);
    }

    static JsonObject json(SubmissionRecord r) {
        JsonObject o = new JsonObject();
        o.put("id", r.id());
        o.put("iri", Gcm.submissionRecord(r.id()).getURI());
        o.put("graph", Gcm.submissionGraph(r.id()).getURI());
        o.put("received", r.received().toString());
        o.put("tripleCount", r.tripleCount());
        o.put("sha256", r.sha256());
        r.institution().ifPresent(i -> o.put("institution", i));
        r.edition().ifPresent(e -> o.put("edition", e));
        return o;
    }
}
