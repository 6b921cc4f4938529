package org.gcmkg.publish;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.vocab.Gcm;

/**
 * What the data covers, read from the reports it holds: the reports themselves, the span of their reporting
 * periods, their countries and the objectives. The catalogue states its coverage from these, never from text
 * written by hand.
 *
 * @param reports    the reports (gcm:Report), by IRI
 * @param start      the earliest start of a reporting period, if any report states one
 * @param end        the latest end of a reporting period, if any report states one
 * @param countries  the countries the reports are about
 * @param objectives the objectives (gcm:Objective), by IRI
 * @param schemes    the concept schemes the objectives belong to
 * @param labels     the labels of all of these, for pages that name them
 */
public record DataCoverage(List<Node> reports, Optional<Node> start, Optional<Node> end, List<Node> countries,
        List<Node> objectives, List<Node> schemes, Graph labels) {
    private static final Node REPORTING_PERIOD = NodeFactory.createURI(Gcm.NS + "reportingPeriod");
    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);
    private static final Comparator<Node> BY_VALUE = (a, b) ->
            NodeValue.compareAlways(NodeValue.makeNode(a), NodeValue.makeNode(b));

    /** Reads the coverage; the caller holds a read transaction. */
    public static DataCoverage compute(DatasetGraph dsg) {
        Graph g = dsg.getUnionGraph();
        List<Node> reports = instances(g, Gcm.REPORT);
        List<Node> periods = reports.stream()
                .flatMap(r -> g.find(r, REPORTING_PERIOD, Node.ANY).toList().stream().map(Triple::getObject))
                .toList();
        Optional<Node> start = periods.stream().flatMap(p -> objects(g, p, DCAT.startDate.asNode()).stream())
                .filter(Node::isLiteral).min(BY_VALUE);
        Optional<Node> end = periods.stream().flatMap(p -> objects(g, p, DCAT.endDate.asNode()).stream())
                .filter(Node::isLiteral).max(BY_VALUE);
        List<Node> countries = reports.stream().flatMap(r -> objects(g, r, Gcm.COUNTRY).stream()).filter(Node::isURI)
                .distinct().sorted(BY_IRI).toList();
        List<Node> objectives = instances(g, Gcm.OBJECTIVE);
        List<Node> schemes = objectives.stream().flatMap(o -> objects(g, o, SKOS.inScheme.asNode()).stream())
                .filter(Node::isURI).distinct().sorted(BY_IRI).toList();
        Graph labels = RdfOutput.newGraph();
        for (List<Node> nodes : List.of(reports, countries, objectives, schemes)) {
            for (Node n : nodes) {
                for (Node p : ResourceDescriber.LABEL_PROPERTIES) {
                    g.find(n, p, Node.ANY).forEachRemaining(labels::add);
                }
            }
        }
        return new DataCoverage(reports, start, end, countries, objectives, schemes, labels);
    }

    private static List<Node> instances(Graph g, Node type) {
        return g.find(Node.ANY, RDF.type.asNode(), type).toList().stream().map(Triple::getSubject)
                .filter(Node::isURI).distinct().sorted(BY_IRI).toList();
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).toList();
    }
}
