package org.gcmkg.server;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.gcmkg.ingest.IngestResult;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.store.Project;
import org.gcmkg.text.Language;
import org.gcmkg.workbook.GateAdapter;
import org.gcmkg.workbook.InputLimits;
import org.gcmkg.workbook.WorkbookCheck;
import org.gcmkg.workbook.WorkbookInput;
import org.gcmkg.workbook.WorkbookInputException;
import org.gcmkg.workbook.Workbooks;

/**
 * The workbook content types of {@code POST /validate} and {@code POST /submissions}, and {@code GET /template}.
 * The answer for a workbook comes by {@code Accept}: JSON (the default), text, or the workbook itself with the
 * failing cells marked and the messages as comments.
 */
final class WorkbookEndpoint {
    private final GateAdapter gate;
    private final SizeLimit limit;

    WorkbookEndpoint(Project project, IngestService gate, SizeLimit limit) {
        this.gate = new GateAdapter(project, gate);
        this.limit = limit;
    }

    /** Whether a request body is a workbook or a zip of CSV files. */
    static boolean handles(HttpServletRequest req) {
        return Workbooks.isWorkbookType(req.getContentType());
    }

    /** The dry run of a workbook: 200 with the report, whether it conforms or not. */
    void validate(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        WorkbookCheck check = new WorkbookCheck(gate);
        WorkbookInput input = read(check, req, resp);
        if (input != null) {
            answer(req, resp, 200, check, check.validate(input));
        }
    }

    /** A workbook submitted: 201 with the record when stored, 422 with the report when it does not conform. */
    boolean submit(HttpServletRequest req, HttpServletResponse resp, String id, boolean replace) throws IOException {
        WorkbookCheck check = new WorkbookCheck(gate);
        WorkbookInput input = read(check, req, resp);
        if (input == null) {
            return false;
        }
        WorkbookCheck.Outcome outcome = check.submit(input, id, req.getParameter("institution"), replace);
        IngestResult result = outcome.result();
        if (outcome.stored()) {
            resp.setHeader("Location", req.getContextPath() + "/submissions/" + result.record().id());
            HttpReports.send(resp, replace ? 200 : 201, "application/json",
                    JSON.toString(SubmissionsServlet.json(result.record())) + "\n");
            return true;
        }
        if (result == null || result.status() == IngestResult.Status.NOT_CONFORMING) {
            answer(req, resp, 422, check, outcome);
            return false;
        }
        switch (result.status()) {
            case NOT_FOUND -> HttpReports.error(req, resp, 404, "submission.notFound", "id", id);
            case ID_TAKEN -> HttpReports.error(req, resp, 409, "submission.taken", "id", id);
            case CHANGED_WHILE_VALIDATED -> HttpReports.error(req, resp, 409, "submission.changed", "id", id);
            case INVALID_REQUEST -> SubmissionsServlet.invalidRequest(req, resp, id, result);
            default -> HttpReports.error(resp, 400, result.error());
        }
        return false;
    }

    private WorkbookInput read(WorkbookCheck check, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Language language = language(req);
        SubmissionReader reader = new SubmissionReader(limit);
        byte[] body = reader.body(req, resp);
        if (body == null) {
            return null;
        }
        try {
            return check.workbooks().read(body, Workbooks.formOf(req.getContentType()),
                    HttpReports.messages(req).format("source.body"), InputLimits.DEFAULT.withMaxBytes(limit.maxBytes()));
        } catch (WorkbookInputException e) {
            HttpReports.translatedError(req, resp, e.tooLarge() ? 413 : 400, e.message(language));
        }
        return null;
    }

    private static void answer(HttpServletRequest req, HttpServletResponse resp, int status, WorkbookCheck check,
            WorkbookCheck.Outcome outcome) throws IOException {
        Language language = language(req);
        String accept = req.getHeader("Accept") == null ? "" : req.getHeader("Accept").toLowerCase(Locale.ROOT);
        resp.setHeader("Vary", "Accept, Accept-Language");
        if (accept.contains(Workbooks.XLSX_TYPE)) {
            byte[] annotated = check.annotate(outcome, language);
            resp.setStatus(status);
            resp.setContentType(Workbooks.XLSX_TYPE);
            resp.setHeader("Content-Disposition", "attachment; filename=\"checked.xlsx\"");
            resp.setContentLength(annotated.length);
            resp.getOutputStream().write(annotated);
        } else if (accept.contains("text/plain")) {
            HttpReports.send(resp, status, "text/plain", outcome.report().text(language));
        } else {
            HttpReports.send(resp, status, "application/json", outcome.report().json(language));
        }
    }

    private static Language language(HttpServletRequest req) {
        return HttpReports.language(req);
    }

    /** The servlet of {@code GET /template}. */
    HttpServlet templateServlet() {
        return new TemplateServlet(gate);
    }

    /** {@code GET /template}: the empty workbook, or its CSV form as a zip with {@code ?format=csv}. */
    private static final class TemplateServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient GateAdapter gate;

        TemplateServlet(GateAdapter gate) {
            this.gate = gate;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Workbooks workbooks = new Workbooks(gate.shapes(), gate.context());
            byte[] body;
            String type;
            String name;
            if ("csv".equals(req.getParameter("format"))) {
                body = zip(workbooks.templateCsv());
                type = Workbooks.ZIP_TYPE;
                name = "gcm-kg-template-csv.zip";
            } else if (req.getParameter("format") == null || "xlsx".equals(req.getParameter("format"))) {
                body = workbooks.template();
                type = Workbooks.XLSX_TYPE;
                name = "gcm-kg-template.xlsx";
            } else {
                HttpReports.error(req, resp, 400, "template.format", "format", req.getParameter("format"));
                return;
            }
            resp.setStatus(200);
            resp.setContentType(type);
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
