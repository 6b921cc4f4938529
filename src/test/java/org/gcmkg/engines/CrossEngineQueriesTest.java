package org.gcmkg.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.gcmkg.TestProject;
import org.gcmkg.query.NamedQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every named query returns the same rows in Apache Jena and in Eclipse RDF4J, over the same data (the curated
 * data and the 2021 example edition), for the 2020 edition and for the 2021 one. Values compare by RDF term
 * equality (lexical form, datatype, language tag); rows compare in order where the query orders them.
 */
class CrossEngineQueriesTest {
    private static DatasetGraph jena;
    private static MemoryStore rdf4j;

    @BeforeAll
    static void load() {
        jena = Editions.curatedWith2021();
        rdf4j = Rdf4j.store(Editions.allTriples(jena));
    }

    @AfterAll
    static void close() {
        rdf4j.shutDown();
    }

    static Stream<Arguments> queriesAndEditions() {
        return TestProject.get().queries().all().stream().map(NamedQuery::name)
                .flatMap(n -> Stream.of(Arguments.of(n, Editions.EDITION_2020), Arguments.of(n, Editions.EDITION_2021)));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("queriesAndEditions")
    void jenaAndRdf4jReturnTheSameRows(String name, String edition) {
        NamedQuery nq = TestProject.get().queries().get(name).orElseThrow().forEdition(edition);
        Query query = QueryFactory.create(nq.sparql());
        List<String> vars = query.getResultVars();
        List<List<Node>> inJena = jenaRows(query, vars);
        List<List<Node>> inRdf4j = Rdf4j.select(rdf4j, nq.sparql(), vars);
        if (edition.equals(Editions.EDITION_2020)) {
            assertFalse(inJena.isEmpty(), name + " returns no row for 2020");
        }
        if (!query.hasOrderBy()) {
            inJena = sorted(inJena);
            inRdf4j = sorted(inRdf4j);
        }
        assertEquals(show(vars, inJena), show(vars, inRdf4j), name + " for " + edition + ": Jena (expected) and RDF4J (actual)");
    }

    private static List<List<Node>> jenaRows(Query query, List<String> vars) {
        return Txn.calculateRead(jena, () -> {
            try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(jena))) {
                ResultSet rs = qe.execSelect();
                List<List<Node>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    List<Node> row = new ArrayList<>();
                    for (String v : vars) {
                        RDFNode n = s.get(v);
                        row.add(n == null ? null : n.asNode());
                    }
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    private static List<List<Node>> sorted(List<List<Node>> rows) {
        return rows.stream().sorted(Comparator.comparing(CrossEngineQueriesTest::term)).collect(Collectors.toList());
    }

    /** Rows as text that shows every term exactly (N-Triples form, "UNDEF" for unbound), one row a line. */
    private static String show(List<String> vars, List<List<Node>> rows) {
        StringBuilder b = new StringBuilder(String.join(" | ", vars)).append('\n');
        rows.forEach(r -> b.append(term(r)).append('\n'));
        return b.toString();
    }

    private static String term(List<Node> row) {
        return row.stream().map(n -> n == null ? "UNDEF" : n.isBlank() ? "_:b" : n.toString(org.apache.jena.shared.PrefixMapping.Standard))
                .collect(Collectors.joining(" | "));
    }
}
