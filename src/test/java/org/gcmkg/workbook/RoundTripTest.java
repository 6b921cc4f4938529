package org.gcmkg.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.gcmkg.TestProject;
import org.gcmkg.store.Project;
import org.gcmkg.vocab.Gcm;
import org.junit.jupiter.api.Test;

/**
 * The curated 2020 report exported as a workbook (and as CSV files) and read back gives the curated report graph.
 * Nothing is left out: the report graph has no blank nodes, and every statement of it is carried by a column of the
 * mapping (the export reports any statement no column carries, and there is none). What a round trip does not keep is
 * only what is not in the graph: the order and comments of the Turtle files.
 */
class RoundTripTest {
    private static final Node EDITION = NodeFactory.createURI("https://w3id.org/gcm/report/informe-ejecutivo-2020");

    @Test
    void theCuratedReportRoundTripsThroughTheWorkbook() {
        Project project = TestProject.get();
        Graph report = project.data().namedGraphs().get(Gcm.dataGraph("informe-ejecutivo-2020"));
        Workbooks workbooks = new Workbooks(project.validator().shapes().getGraph(),
                new DataContext(project.validator().context()));
        Workbooks.Export export = workbooks.export(report, EDITION);
        List<Triple> notCarried = export.notCarried();
        assertEquals(List.of(), notCarried, "statements no column of the mapping carries");

        MappedWorkbook read = workbooks.map(workbooks.read(export.xlsx(), WorkbookInput.Form.XLSX, "export.xlsx",
                InputLimits.DEFAULT));
        assertEquals(List.of(), read.problems(), "problems reading the exported workbook");
        TestProject.assertIsomorphic(report, read.graph(), "the 2020 report read back from its workbook");
        assertEquals(2771, read.graph().size());
    }

    @Test
    void theCuratedReportRoundTripsThroughTheCsvForm() throws Exception {
        Project project = TestProject.get();
        Graph report = project.data().namedGraphs().get(Gcm.dataGraph("informe-ejecutivo-2020"));
        Workbooks workbooks = new Workbooks(project.validator().shapes().getGraph(),
                new DataContext(project.validator().context()));
        Workbooks.Export export = workbooks.export(report, EDITION);
        byte[] zip = Zips.of(export.csv());
        MappedWorkbook read = workbooks.map(workbooks.read(zip, WorkbookInput.Form.CSV, "export.zip", InputLimits.DEFAULT));
        assertTrue(read.readable(), () -> read.problems().toString());
        TestProject.assertIsomorphic(report, read.graph(), "the 2020 report read back from its CSV form");
    }
}
