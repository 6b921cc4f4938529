package org.gcmkg.workbook;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;

/**
 * What checking a workbook found: every problem with its sheet, row, column, cell reference, the value found and
 * the message in English or Spanish; as text or as a JSON summary.
 *
 * @param conforms  true when nothing has severity Violation
 * @param validated true when the gate validated the statements (false when cells could not be read)
 * @param problems  every problem, sorted by sheet, row and column
 */
public record WorkbookReport(boolean conforms, boolean validated, List<CellProblem> problems) {

    /** A report of {@code problems}, sorted; it conforms when none is a violation. */
    static WorkbookReport of(boolean validated, List<CellProblem> problems, Mapping mapping) {
        List<String> order = new ArrayList<>();
        mapping.tables().forEach(t -> {
            order.add(t.sheet());
            order.add(t.url());
        });
        List<CellProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((CellProblem p) -> p.place() == null ? -1 : order.indexOf(p.place().sheet()))
                .thenComparingInt(p -> p.place() == null ? 0 : p.place().row())
                .thenComparingInt(p -> p.place() == null ? 0 : p.place().column())
                .thenComparingInt(p -> p.severity().ordinal()));
        boolean conforms = sorted.stream().noneMatch(p -> p.severity() == CellProblem.Severity.VIOLATION);
        return new WorkbookReport(conforms, validated, List.copyOf(sorted));
    }

    /** The number of problems of a severity. */
    public long count(CellProblem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    /** The report as readable text. */
    public String text(Language language) {
        Messages m = Messages.of("workbook", language);
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        out.println(m.format(conforms ? "report.conforms" : "report.notConforming"));
        out.println(m.format("report.counts", "violations", count(CellProblem.Severity.VIOLATION),
                "warnings", count(CellProblem.Severity.WARNING)));
        if (!validated) {
            out.println(m.format("report.unreadable"));
        }
        for (CellProblem p : problems) {
            out.println();
            String where = p.place() == null ? m.format("report.whole")
                    : p.ref() + (p.column() == null ? "" : " (" + p.column() + ")");
            out.printf("%s: %s: %s%n", where, m.format("severity." + p.severity().name()), p.message(language));
            if (p.value() != null && !p.value().isEmpty()) {
                out.printf("  %s: %s%n", m.format("report.value"), p.value());
            }
            if (p.shape() != null) {
                out.printf("  %s: %s%n", m.format("report.shape"), p.shape());
            }
        }
        out.flush();
        return sw.toString();
    }

    /** The report as a JSON summary. */
    public String json(Language language) {
        JsonObject root = new JsonObject();
        root.put("conforms", conforms);
        root.put("validated", validated);
        root.put("language", language.code());
        JsonObject counts = new JsonObject();
        counts.put("violations", count(CellProblem.Severity.VIOLATION));
        counts.put("warnings", count(CellProblem.Severity.WARNING));
        counts.put("infos", count(CellProblem.Severity.INFO));
        root.put("counts", counts);
        JsonArray results = new JsonArray();
        for (CellProblem p : problems) {
            JsonObject r = new JsonObject();
            r.put("severity", p.severity() == CellProblem.Severity.VIOLATION ? "Violation"
                    : p.severity() == CellProblem.Severity.WARNING ? "Warning" : "Info");
            if (p.place() != null) {
                r.put("sheet", p.place().sheet());
                r.put("row", p.place().row());
                r.put("column", p.place().columnLetters());
                r.put("cell", p.ref());
            }
            if (p.column() != null) {
                r.put("columnName", p.column());
            }
            if (p.value() != null) {
                r.put("value", p.value());
            }
            r.put("message", p.message(language));
            if (p.shape() != null) {
                r.put("shape", p.shape());
            }
            results.add(r);
        }
        root.put("results", results);
        return JSON.toString(root) + "\n";
    }
}
