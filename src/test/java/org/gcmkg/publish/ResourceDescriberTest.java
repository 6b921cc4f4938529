package org.gcmkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.TestProject;
import org.gcmkg.vocab.Gcm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bounded descriptions, checked against the store they are read from. */
class ResourceDescriberTest {
    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        dataset = TestProject.get().newDataset();
    }

    private static <T> T read(Function<Graph, T> f) {
        return Txn.calculateRead(dataset, () -> f.apply(dataset.getUnionGraph()));
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    @Test
    void ownStatementsLabelsAndInboundLinks() {
        Node objective = iri(Gcm.objective(7));
        Description d = read(g -> new ResourceDescriber(200).describe(g, objective));
        List<Triple> own = read(g -> g.find(objective, Node.ANY, Node.ANY).toList());
        List<Triple> inbound = read(g -> g.find(Node.ANY, Node.ANY, objective).toList());
        assertFalse(own.isEmpty());
        own.forEach(t -> assertTrue(d.graph().contains(t), "own statement missing: " + t));
        inbound.forEach(t -> assertTrue(d.graph().contains(t), "inbound link missing: " + t));
        assertEquals(own.size(), d.ownTriples());
        assertEquals(inbound.size(), d.inboundTotal());
        assertFalse(d.truncated());
        // The actions that point here come with their labels, and so do the properties used.
        Node reportedAction = iri(Gcm.NS + "ReportedAction");
        Node action = inbound.stream().map(Triple::getSubject)
                .filter(s -> read(g -> g.contains(s, RDF.type.asNode(), reportedAction))).findFirst().orElseThrow();
        assertTrue(d.graph().contains(action, SKOS.prefLabel.asNode(), Node.ANY));
        assertTrue(d.graph().contains(iri(Gcm.NS + "objective"), RDFS.label.asNode(), Node.ANY));
    }

    @Test
    void inboundLinksAreCappedAndCounted() {
        Node report = iri(Gcm.BASE + "report/informe-ejecutivo-2020");
        long inboundInStore = read(g -> g.find(Node.ANY, Node.ANY, report).toList().stream()
                .filter(t -> t.getSubject().isURI()).count());
        assertTrue(inboundInStore > 5, "the report should have many inbound links");
        Description d = read(g -> new ResourceDescriber(5).describe(g, report));
        assertTrue(d.truncated());
        assertEquals(5, d.inboundShown());
        assertEquals(inboundInStore, d.inboundTotal());
        assertEquals(5, d.graph().find(Node.ANY, Node.ANY, report).toList().stream()
                .filter(t -> !t.getSubject().equals(report)).count());
    }

    @Test
    void componentsAreLabelledAndPartsAreFollowed() {
        Node structure = iri(Gcm.NS + "actionsByObjectiveStructure");
        Node component = iri("http://purl.org/linked-data/cube#component");
        Node label = iri("http://www.w3.org/2000/01/rdf-schema#label");
        Description dsd = read(g -> new ResourceDescriber(200).describe(g, structure));
        List<Triple> components = dsd.graph().find(structure, component, Node.ANY).toList();
        assertEquals(5, components.size(), "the structure has five components");
        components.forEach(c -> assertTrue(dsd.graph().contains(c.getObject(), label, Node.ANY),
                "component without its label: " + c));

        Node action = iri(Gcm.BASE + "report/informe-ejecutivo-2020/action/7-3");
        Node figure = iri(action.getURI() + "/figure/1");
        Description d = read(g -> new ResourceDescriber(200).describe(g, action));
        long figureStatements = read(g -> (long) g.find(figure, Node.ANY, Node.ANY).toList().size());
        assertEquals(figureStatements, d.graph().find(figure, Node.ANY, Node.ANY).toList().size());
    }

    @Test
    void anUnknownIriIsEmpty() {
        assertTrue(read(g -> new ResourceDescriber(200).describe(g, iri(Gcm.BASE + "objective/99"))).isEmpty());
    }
}
