package org.gcmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.gcmkg.ingest.IngestResult;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.store.GcmStore;
import org.gcmkg.store.Project;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;
import org.gcmkg.validation.FailOn;
import org.gcmkg.workbook.CellProblem;
import org.gcmkg.workbook.GateAdapter;
import org.gcmkg.workbook.InputLimits;
import org.gcmkg.workbook.WorkbookCheck;
import org.gcmkg.workbook.WorkbookInput;
import org.gcmkg.workbook.WorkbookInputException;
import org.gcmkg.workbook.WorkbookReport;
import org.gcmkg.workbook.Workbooks;

/** The workbook paths of {@code validate} and {@code ingest}: workbooks, zips of CSV files and folders of them. */
final class WorkbookCli {
    private WorkbookCli() {
    }

    /** Whether the files are workbooks (all of them); raises a usage error when RDF files and workbooks are mixed. */
    static boolean workbooks(List<Path> files) {
        long count = files.stream().filter(Workbooks::isWorkbook).count();
        if (count > 0 && count < files.size()) {
            throw new CliException("usage.mixed");
        }
        return count > 0;
    }

    /**
     * {@code validate} of workbooks: 0 all conform, 1 one does not (has a problem of a severity that fails at
     * {@code failOn}), 2 one cannot be read.
     */
    static int validate(Project project, List<Path> files, Language language, boolean json, Path annotated,
            FailOn failOn, PrintWriter out, PrintWriter err) throws IOException {
        if (annotated != null && files.size() != 1) {
            throw new CliException("usage.annotatedOne");
        }
        Messages cli = Messages.of("cli", language);
        IngestService gate = new IngestService(project, DatasetGraphFactory.createTxnMem(), Clock.systemUTC());
        WorkbookCheck check = new WorkbookCheck(new GateAdapter(project, gate));
        int code = ExitCodes.OK;
        for (Path file : files) {
            WorkbookInput input;
            try {
                input = check.workbooks().read(file, InputLimits.DEFAULT);
            } catch (WorkbookInputException e) {
                err.println(cli.format("error", "message", e.message(language)));
                code = ExitCodes.USAGE_OR_IO;
                continue;
            }
            WorkbookCheck.Outcome outcome = check.validate(input);
            out.print(json ? outcome.report().json(language) : outcome.report().text(language));
            if (annotated != null) {
                Files.write(annotated, check.annotate(outcome, language));
            }
            if (!passes(outcome.report(), failOn)) {
                if (!json && outcome.report().conforms()) {
                    out.println(cli.format("validate.failsAt", "file", file, "level", failOn.optionName()));
                }
                code = Math.max(code, ExitCodes.NOT_CONFORMING);
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    /** {@code ingest} of workbooks: each one submission; 0 all stored, 1 one does not conform, 2 unreadable. */
    static int ingest(Project project, GcmStore store, List<Path> files, String id, String institution, boolean replace,
            long maxBytes, Language language, Path annotated, PrintWriter out, PrintWriter err) throws IOException {
        if (annotated != null && files.size() != 1) {
            throw new CliException("usage.annotatedOne");
        }
        Messages cli = Messages.of("cli", language);
        InputLimits limits = InputLimits.DEFAULT.withMaxBytes(maxBytes);
        int code = ExitCodes.OK;
        for (Path file : files) {
            IngestService gate = new IngestService(project, store.dataset(), Clock.systemUTC(), record -> {
                out.println(cli.format("ingest.storing", "file", file, "id", record.id(), "triples", record.tripleCount()));
                out.flush();
            });
            WorkbookCheck check = new WorkbookCheck(new GateAdapter(project, gate));
            WorkbookInput input;
            try {
                input = check.workbooks().read(file, limits);
            } catch (WorkbookInputException e) {
                err.println(cli.format("error", "message", cli.format("ingest.notStored", "file", file,
                        "reason", e.message(language))));
                code = ExitCodes.USAGE_OR_IO;
                continue;
            }
            WorkbookCheck.Outcome outcome = check.submit(input, id, institution, replace);
            IngestResult result = outcome.result();
            if (outcome.stored()) {
                out.println(cli.format("ingest.stored", "file", file, "id", result.record().id(),
                        "triples", result.record().tripleCount()));
            } else if (result == null || result.status() == IngestResult.Status.NOT_CONFORMING) {
                out.println(cli.format("ingest.notConforming", "file", file));
                out.print(outcome.report().text(language));
                code = Math.max(code, ExitCodes.NOT_CONFORMING);
            } else {
                err.println(cli.format("error", "message", cli.format("ingest.notStored", "file", file,
                        "reason", IngestCommand.reason(result, id, language))));
                code = ExitCodes.USAGE_OR_IO;
            }
            if (annotated != null) {
                Files.write(annotated, check.annotate(outcome, language));
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Writes CSV files into a directory, creating it. */
    static void writeCsv(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
    }

    /** Whether a workbook's report passes at {@code failOn}: none of its problems has a severity that fails. */
    private static boolean passes(WorkbookReport report, FailOn failOn) {
        return report.problems().stream().noneMatch(p -> failOn.fails(severity(p.severity())));
    }

    private static Severity severity(CellProblem.Severity s) {
        switch (s) {
            case VIOLATION:
                return Severity.Violation;
            case WARNING:
                return Severity.Warning;
            default:
                return Severity.Info;
        }
    }
}
