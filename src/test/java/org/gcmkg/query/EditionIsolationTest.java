package org.gcmkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.TestProject;
import org.gcmkg.engines.Editions;
import org.gcmkg.store.GcmStore;
import org.gcmkg.vocab.Gcm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Editions do not leak into each other: storing the 2021 example submission leaves every named query's 2020
 * answer unchanged, byte for byte, and the 2021 answers are computed from the 2021 edition alone.
 */
class EditionIsolationTest {
    private static DatasetGraph curated;
    private static DatasetGraph withSubmission;
    private static DatasetGraph without2020;

    @BeforeAll
    static void load() {
        curated = TestProject.get().newDataset();
        withSubmission = Editions.curatedWith2021();
        // The same store without the 2020 report's graph: what the 2021 edition says on its own.
        GcmStore store = GcmStore.inMemory();
        without2020 = store.dataset();
        Txn.executeRead(withSubmission, () -> Txn.executeWrite(without2020, () -> withSubmission.find()
                .forEachRemaining(q -> {
                    if (!q.getGraph().equals(Gcm.dataGraph("informe-ejecutivo-2020"))) {
                        without2020.add(q);
                    }
                })));
    }

    static Stream<String> names() {
        return TestProject.get().queries().all().stream().map(NamedQuery::name);
    }

    private static String csv(DatasetGraph dataset, String name, String edition) {
        NamedQuery q = TestProject.get().queries().get(name).orElseThrow();
        if (edition != null) {
            q = q.forEdition(edition);
        }
        return new QueryRunner(dataset).run(QueryRunner.parse(q.sparql(), name), ResultFormat.CSV);
    }

    @ParameterizedTest
    @MethodSource("names")
    void anotherEditionLeavesThe2020AnswerAsItWas(String name) {
        assertEquals(csv(curated, name, null), csv(withSubmission, name, null), name);
    }

    @ParameterizedTest
    @MethodSource("names")
    void the2021AnswerComesFromThe2021EditionAlone(String name) {
        assertEquals(csv(without2020, name, Editions.EDITION_2021), csv(withSubmission, name, Editions.EDITION_2021), name);
    }

    @Test
    void the2021EditionCountsItsOwnActions() {
        List<String> lines = List.of(csv(withSubmission, "actions-per-objective", Editions.EDITION_2021).split("\r\n"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("7,") && l.endsWith(",2,,")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("1,") && l.endsWith(",1,,")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2,") && l.endsWith(",0,,")), String.join("\n", lines));
        assertEquals("programmes_and_actions,contributing_institutions\r\n5,2\r\n",
                csv(withSubmission, "headline-figures", Editions.EDITION_2021));
        assertEquals("counted,published,agree\r\n2,,\r\n",
                csv(withSubmission, "contributing-institutions-consistency", Editions.EDITION_2021));
    }

    @Test
    void the2020EditionStillCountsItsOwnActions() {
        List<String> lines = List.of(csv(withSubmission, "actions-per-objective", null).split("\r\n"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("7,") && l.endsWith(",8,21,0.381")), String.join("\n", lines));
    }
}
