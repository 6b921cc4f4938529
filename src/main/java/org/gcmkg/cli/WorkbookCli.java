package org.gcmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.gcmkg.ingest.IngestResult;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.store.GcmStore;
import org.gcmkg.store.Project;
import org.gcmkg.text.Language;
import org.gcmkg.workbook.GateAdapter;
import org.gcmkg.workbook.InputLimits;
import org.gcmkg.workbook.WorkbookCheck;
import org.gcmkg.workbook.WorkbookInput;
import org.gcmkg.workbook.WorkbookInputException;
import org.gcmkg.workbook.Workbooks;

/** The workbook paths of {@code validate} and {@code ingest}: workbooks, zips of CSV files and folders of them. */
final class WorkbookCli {
    private WorkbookCli() {
    }

    /** Whether the files are workbooks (all of them); raises a usage error when RDF files and workbooks are mixed. */
    static boolean workbooks(List<Path> files) {
        long count = files.stream().filter(Workbooks::isWorkbook).count();
        if (count > 0 && count < files.size()) {
            throw new IllegalArgumentException("give workbooks and RDF files in separate runs");
        }
        return count > 0;
    }

    /** {@code validate} of workbooks: 0 all conform, 1 one does not, 2 one cannot be read. */
    static int validate(Project project, List<Path> files, String lang, String format, Path annotated,
            PrintWriter out, PrintWriter err) throws IOException {
        Language language = language(lang);
        boolean json = format(format);
        if (annotated != null && files.size() != 1) {
            throw new IllegalArgumentException("--annotated takes exactly one workbook");
        }
        IngestService gate = new IngestService(project, DatasetGraphFactory.createTxnMem(), Clock.systemUTC());
        WorkbookCheck check = new WorkbookCheck(new GateAdapter(project, gate));
        int code = ExitCodes.OK;
        for (Path file : files) {
            WorkbookInput input;
            try {
                input = check.workbooks().read(file, InputLimits.DEFAULT);
            } catch (WorkbookInputException e) {
                err.println("error: " + e.message(language));
                code = ExitCodes.USAGE_OR_IO;
                continue;
            }
            WorkbookCheck.Outcome outcome = check.validate(input);
            out.print(json ? outcome.report().json(language) : outcome.report().text(language));
            if (annotated != null) {
                Files.write(annotated, check.annotate(outcome, language));
            }
            if (!outcome.report().conforms()) {
                code = Math.max(code, ExitCodes.NOT_CONFORMING);
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    /** {@code ingest} of workbooks: each one submission; 0 all stored, 1 one does not conform, 2 unreadable. */
    static int ingest(Project project, GcmStore store, List<Path> files, String id, String institution, boolean replace,
            long maxBytes, String lang, Path annotated, PrintWriter out, PrintWriter err) throws IOException {
        Language language = language(lang);
        if (annotated != null && files.size() != 1) {
            throw new IllegalArgumentException("--annotated takes exactly one workbook");
        }
        InputLimits limits = InputLimits.DEFAULT.withMaxBytes(maxBytes);
        IngestService gate = new IngestService(project, store.dataset(), Clock.systemUTC(), message -> {
            out.println(message);
            out.flush();
        });
        int code = ExitCodes.OK;
        for (Path file : files) {
            WorkbookCheck check = new WorkbookCheck(new GateAdapter(project, gate));
            WorkbookInput input;
            try {
                input = check.workbooks().read(file, limits);
            } catch (WorkbookInputException e) {
                err.printf("error: %s: not stored: %s%n", file, e.message(language));
                code = ExitCodes.USAGE_OR_IO;
                continue;
            }
            WorkbookCheck.Outcome outcome = check.submit(input, id, institution, replace);
            IngestResult result = outcome.result();
            if (outcome.stored()) {
                out.printf("%s: stored as submission %s (%d triples)%n", file, result.record().id(),
                        result.record().tripleCount());
            } else if (result == null || result.status() == IngestResult.Status.NOT_CONFORMING) {
                out.printf("%s: not stored, it does not conform%n", file);
                out.print(outcome.report().text(language));
                code = Math.max(code, ExitCodes.NOT_CONFORMING);
            } else {
                err.printf("error: %s: not stored: %s%n", file, result.error());
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

    private static Language language(String lang) {
        return Language.ofTag(lang).orElseThrow(() -> new IllegalArgumentException("unknown language '" + lang + "'; use en or es"));
    }

    private static boolean format(String format) {
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "text":
                return false;
            case "json":
                return true;
            default:
                throw new IllegalArgumentException("a workbook's report is text or json, not '" + format + "'");
        }
    }
}
