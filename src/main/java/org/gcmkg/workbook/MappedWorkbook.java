package org.gcmkg.workbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A workbook turned into RDF: the graph, the cell each statement comes from, the row each resource is described
 * in, and the cells that could not be read.
 *
 * @param input       what was read
 * @param graph       the statements
 * @param edition     the report edition's IRI, when the Report sheet names one
 * @param cells       the cell of each statement made from a cell (virtual statements: none)
 * @param rows        for each resource a row describes: the first such row
 * @param mentions    for each IRI a cell gives as a value: the first such cell
 * @param problems    the cells that cannot be read and problems of the layout
 */
public record MappedWorkbook(WorkbookInput input, Graph graph, Optional<Node> edition, Map<Triple, Place> cells,
        Map<Node, RowPlace> rows, Map<Node, Place> mentions, List<CellProblem> problems) {

    /**
     * A row of a table.
     *
     * @param table the table
     * @param sheet the sheet it is in
     * @param row   the row's number, from 1
     */
    public record RowPlace(Mapping.Table table, WorkbookInput.Sheet sheet, int row) {
    }

    /** Whether every cell could be read. */
    public boolean readable() {
        return problems.stream().noneMatch(p -> p.severity() == CellProblem.Severity.VIOLATION);
    }
}
