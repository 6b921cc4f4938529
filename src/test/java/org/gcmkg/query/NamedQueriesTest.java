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

    static Stream<String> curationQueries() {
        return TestProject.get().queries().all().stream().map(NamedQuery::name)
                .filter(n -> !ExpectedResults.ROWS.containsKey(n));
    }

    @ParameterizedTest
    @MethodSource("curationQueries")
    void curationQueriesReturnTheirReviewedResult(String name) {
        NamedQuery nq = TestProject.get().queries().get(name).orElseThrow();
        String csv = new QueryRunner(dataset).run(QueryRunner.parse(nq.sparql(), name), ResultFormat.CSV);
        assertEquals(ExpectedResults.csv(name), csv, name);
    }

    @Test
    void describedActionsNeverExceedThePublishedCount() {
        NamedQuery nq = TestProject.get().queries().get("actions-per-objective").orElseThrow();
        String csv = new QueryRunner(dataset).run(QueryRunner.parse(nq.sparql(), nq.name()), ResultFormat.TSV);
        int withPublished = 0;
        for (String line : csv.split("\n")) {
            String[] cols = line.split("\t", -1);
            if (cols[0].startsWith("?") || cols[3].isEmpty()) {
                continue;
            }
            int described = Integer.parseInt(cols[2]);
            int published = Integer.parseInt(cols[3]);
            assertTrue(described <= published, "objective " + cols[0] + ": " + described + " described > " + published);
            withPublished++;
        }
        assertEquals(11, withPublished);
    }

    @Test
    void actionsPerObjectiveCountsTheSectionsItems() {
        // Bullets of "Principales acciones" in the source: objective 11 has 3, 12 has 2, 13 has 1, 19 has 2,
        // 22 has none ("N/A").
        List<String> lines = List.of(ExpectedResults.csv("actions-per-objective").split("\r\n"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("11,") && l.endsWith(",3,4,0.75")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("12,") && l.endsWith(",2,3,0.667")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("13,") && l.endsWith(",1,1,1.0")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("19,") && l.endsWith(",2,2,1.0")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("22,") && l.endsWith(",0,0,")));
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
    void everyQueryFileHasAnExpectationAndAHeader() {
        List<String> files = TestProject.get().queries().all().stream().map(NamedQuery::name).sorted()
                .collect(Collectors.toList());
        assertTrue(files.containsAll(ExpectedResults.ROWS.keySet()), "expected rows for a missing query");
        for (String name : files) {
            assertTrue(ExpectedResults.ROWS.containsKey(name) || ExpectedResults.hasCsv(name), name + " has no expectation");
        }
        for (NamedQuery q : TestProject.get().queries().all()) {
            assertFalse(q.description().isBlank(), q.name() + " has no header comment");
            assertFalse(q.descriptionEs().isBlank(), q.name() + " has no Spanish (# es:) header lines");
            assertFalse(q.description().contains("es:"), q.name() + ": Spanish lines leaked into the English description");
        }
    }

    @Test
    void spanishHeaderLinesAreReadApartFromTheEnglishOnes() {
        NamedQuery q = NamedQuery.of("t", "# Counts things.\n# More detail.\n# es: Cuenta cosas.\n"
                + "#  es:  Más detalle.\nSELECT * WHERE { ?s ?p ?o }\n# es: not a header line\n");
        assertEquals("Counts things.\nMore detail.", q.description());
        assertEquals("Cuenta cosas.\nMás detalle.", q.descriptionEs());
    }

    @Test
    void runnerWritesCsv() {
        NamedQuery nq = TestProject.get().queries().get("headline-figures").orElseThrow();
        String csv = new QueryRunner(dataset).run(QueryRunner.parse(nq.sparql(), nq.name()), ResultFormat.CSV);
        assertEquals("programmes_and_actions,contributing_institutions\r\n176,33\r\n", csv);
    }
}
