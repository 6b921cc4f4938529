package org.gcmkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each named query, run over the curated data without a server, returns exactly the report's rows. */
class NamedQueriesTest {
    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        dataset = TestProject.get().newDataset();
    }

    static Stream<String> names() {
        return ExpectedResults.ROWS.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("names")
    void returnsTheReportsRows(String name) {
        NamedQuery nq = TestProject.get().queries().get(name).orElseThrow();
        Query query = QueryRunner.parse(nq.sparql(), name);
        List<List<String>> actual = Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
                return TestProject.rows(qe.execSelect());
            }
        });
        assertEquals(ExpectedResults.ROWS.get(name), actual, name);
    }

    @Test
    void everyQueryFileHasExpectedRowsAndAHeader() {
        List<String> files = TestProject.get().queries().all().stream().map(NamedQuery::name).sorted()
                .collect(Collectors.toList());
        List<String> checked = names().collect(Collectors.toList());
        assertEquals(files, checked, "every query file needs expected rows, and every expectation a file");
        for (NamedQuery q : TestProject.get().queries().all()) {
            assertFalse(q.description().isBlank(), q.name() + " has no header comment");
        }
    }

    @Test
    void runnerWritesCsv() {
        NamedQuery nq = TestProject.get().queries().get("headline-figures").orElseThrow();
        String csv = new QueryRunner(dataset).run(QueryRunner.parse(nq.sparql(), nq.name()), ResultFormat.CSV);
        assertEquals("programmes_and_actions,contributing_institutions\r\n176,33\r\n", csv);
    }
}
