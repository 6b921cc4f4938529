package org.gcmkg.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.shacl.validation.ReportEntry;
import org.gcmkg.ingest.IngestResult;
import org.gcmkg.text.Language;
import org.gcmkg.validation.ValidationOutcome;

/**
 * Checks a workbook and, when asked, stores it, through the same gate as RDF: cells that cannot be read stop it
 * before the gate (nothing is stored); the gate's results are pointed back at their cells.
 */
public final class WorkbookCheck {
    private final GateAdapter gate;
    private final Workbooks workbooks;

    /** A check in front of {@code gate}, reading against the gate's data as it is now. */
    public WorkbookCheck(GateAdapter gate) {
        this.gate = gate;
        this.workbooks = new Workbooks(gate.shapes(), gate.context());
    }

    /** What became of a workbook: its report, and the gate's result when it was submitted and got that far. */
    public record Outcome(WorkbookInput input, WorkbookReport report, IngestResult result) {
        /** Whether it was stored. */
        public boolean stored() {
            return result != null && result.status() == IngestResult.Status.ACCEPTED;
        }
    }

    /** The workbooks this check reads with. */
    public Workbooks workbooks() {
        return workbooks;
    }

    /** The dry run: reads and validates, storing nothing. */
    public Outcome validate(WorkbookInput input) {
        MappedWorkbook mapped = workbooks.map(input);
        if (!mapped.readable()) {
            return new Outcome(input, WorkbookReport.of(false, mapped.problems(), Mapping.standard()), null);
        }
        ValidationOutcome outcome = gate.validate(mapped.graph());
        return new Outcome(input, report(mapped, outcome), null);
    }

    /** Reads, validates and, if it conforms, stores the workbook as one submission. */
    public Outcome submit(WorkbookInput input, String id, String institution, boolean replace) {
        MappedWorkbook mapped = workbooks.map(input);
        if (!mapped.readable()) {
            return new Outcome(input, WorkbookReport.of(false, mapped.problems(), Mapping.standard()), null);
        }
        IngestResult result = gate.submit(mapped.graph(), input.source(), id, institution, replace);
        WorkbookReport report = result.outcome() == null ? WorkbookReport.of(true, mapped.problems(), Mapping.standard())
                : report(mapped, result.outcome());
        return new Outcome(input, report, result);
    }

    /** The workbook with its problems marked. */
    public byte[] annotate(Outcome outcome, Language language) {
        return workbooks.annotate(outcome.input(), outcome.report().problems(), language);
    }

    private WorkbookReport report(MappedWorkbook mapped, ValidationOutcome outcome) {
        List<CellProblem> problems = new ArrayList<>(mapped.problems());
        for (ReportEntry e : outcome.entries()) {
            problems.add(ResultLocator.locate(e, mapped, gate.shapes()));
        }
        return WorkbookReport.of(true, problems, Mapping.standard());
    }
}
