package org.gcmkg.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example workbooks of {@code examples/} are what their sources give: run with {@code -Dgcm.writeExamples=true}
 * to write them again. The 2021 workbook states the 2021 Turtle example, with its new programme under the edition as
 * the IRI rule has it, and its actions without dates referring to the reporting period as the curated actions do
 * (the Turtle file predates that rule); the other country's workbook states what its CSV files state.
 */
class ExampleWorkbooksTest {
    private static Workbooks workbooks;

    @BeforeAll
    static void write() throws Exception {
        if (Boolean.getBoolean("gcm.writeExamples")) {
            ExampleWorkbooks.writeAll();
        }
        workbooks = ExampleWorkbooks.workbooks();
    }

    private static Graph read(byte[] xlsx) {
        MappedWorkbook m = workbooks.map(workbooks.read(xlsx, WorkbookInput.Form.XLSX, "example", InputLimits.DEFAULT));
        assertEquals(List.of(), m.problems());
        return m.graph();
    }

    @Test
    void theFollowUpWorkbookStatesTheTurtleExampleUnderTheIriRule() throws Exception {
        Graph ttl = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(ttl, ExampleWorkbooks.FOLLOW_UP_TTL.toString());
        Graph expected = GraphFactory.createDefaultGraph();
        String old = "https://w3id.org/gcm/programme/ejemplo-tablero-de-datos";
        Node minted = NodeFactory.createURI("https://w3id.org/gcm/report/ejemplo-ficticio-2021/programme/ejemplo-tablero-de-datos");
        ttl.find().forEachRemaining(t -> expected.add(Triple.create(
                t.getSubject().isURI() && t.getSubject().getURI().equals(old) ? minted : t.getSubject(), t.getPredicate(),
                t.getObject().isURI() && t.getObject().getURI().equals(old) ? minted : t.getObject())));
        Node action = NodeFactory.createURI("https://w3id.org/gcm/ontology#ReportedAction");
        Node start = NodeFactory.createURI("https://w3id.org/gcm/ontology#startDate");
        Node end = NodeFactory.createURI("https://w3id.org/gcm/ontology#endDate");
        Node temporal = NodeFactory.createURI("http://purl.org/dc/terms/temporal");
        Node period = NodeFactory.createURI("https://w3id.org/gcm/report/ejemplo-ficticio-2021/period");
        ttl.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), action).forEachRemaining(t -> {
            if (!ttl.contains(t.getSubject(), start, Node.ANY) && !ttl.contains(t.getSubject(), end, Node.ANY)) {
                expected.add(Triple.create(t.getSubject(), temporal, period));
            }
        });
        Graph committed = read(Files.readAllBytes(ExampleWorkbooks.FOLLOW_UP));
        TestProject.assertIsomorphic(expected, committed, "examples/follow-up-2021/submission.xlsx");
        TestProject.assertIsomorphic(read(ExampleWorkbooks.followUp()), committed, "the 2021 workbook as written now");
    }

    @Test
    void theOtherCountryWorkbookStatesItsCsvFiles() throws Exception {
        Graph fromCsv = workbooks.map(workbooks.read(ExampleWorkbooks.OTHER_COUNTRY_CSV, InputLimits.DEFAULT)).graph();
        Graph committed = read(Files.readAllBytes(ExampleWorkbooks.OTHER_COUNTRY));
        TestProject.assertIsomorphic(fromCsv, committed, "examples/other-country-2022 workbook");
        Node sfmh = NodeFactory.createURI("https://w3id.org/gcm/institution/gtm/sfmh");
        assertTrue(committed.contains(sfmh, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
                NodeFactory.createLiteralLang("Secretaría Ficticia de Movilidad Humana", "es")));
        assertTrue(committed.contains(NodeFactory.createURI("https://w3id.org/gcm/institution/gtm/ifam"),
                NodeFactory.createURI("http://www.w3.org/ns/org#subOrganizationOf"), sfmh));
    }

    @Test
    void theBrokenWorkbooksAreTheFollowUpWithOneCellChanged() throws Exception {
        byte[] base = Files.readAllBytes(ExampleWorkbooks.FOLLOW_UP);
        for (ExampleWorkbooks.Broken b : ExampleWorkbooks.BROKEN_CASES) {
            byte[] committed = Files.readAllBytes(ExampleWorkbooks.BROKEN.resolve(b.file()));
            WorkbookInput now = workbooks.read(ExampleWorkbooks.broken(base, b), WorkbookInput.Form.XLSX, b.file(), InputLimits.DEFAULT);
            WorkbookInput then = workbooks.read(committed, WorkbookInput.Form.XLSX, b.file(), InputLimits.DEFAULT);
            for (String table : now.sheets().keySet()) {
                assertEquals(now.sheets().get(table).rows().toString(), then.sheets().get(table).rows().toString(),
                        b.file() + ", sheet " + table);
            }
        }
    }
}
