package org.gcmkg.publish;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.vocab.Gcm;

/**
 * Counts over the live data for the VoID description, taken in one pass over the union of the named graphs.
 *
 * @param triples            distinct triples in the union of the named graphs
 * @param distinctSubjects   distinct subjects
 * @param distinctObjects    distinct objects
 * @param entities           distinct IRI subjects in the IRI space
 * @param classPartitions    for each class, the number of distinct instances
 * @param propertyPartitions for each property, the number of triples
 * @param graphTriples       for each named graph, its number of triples
 * @param vocabularies       the namespaces (without a trailing {@code #}) of the properties and classes used
 * @param exampleResources   one resource of each of a few central classes
 */
public record VoidStatistics(long triples, long distinctSubjects, long distinctObjects, long entities,
        SortedMap<String, Long> classPartitions, SortedMap<String, Long> propertyPartitions,
        SortedMap<String, Long> graphTriples, SortedSet<String> vocabularies, List<String> exampleResources) {

    /** The classes whose first instance (by IRI) is given as an example resource. */
    private static final List<String> EXAMPLE_CLASSES = List.of(Gcm.NS + "Objective", Gcm.NS + "Report",
            Gcm.NS + "ReportedAction", Gcm.NS + "PublicBody", Gcm.NS + "Programme");

    /** Counts the dataset; the caller holds a read transaction. */
    public static VoidStatistics compute(DatasetGraph dsg, String uriSpace) {
        Graph union = dsg.getUnionGraph();
        long triples = 0;
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Set<Node> entities = new HashSet<>();
        Map<Node, Set<Node>> instances = new HashMap<>();
        Map<Node, Long> properties = new HashMap<>();
        for (Triple t : (Iterable<Triple>) () -> union.find()) {
            triples++;
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            properties.merge(t.getPredicate(), 1L, Long::sum);
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(uriSpace)) {
                entities.add(t.getSubject());
            }
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                instances.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
            }
        }
        SortedMap<String, Long> classes = new TreeMap<>();
        instances.forEach((c, members) -> classes.put(c.getURI(), (long) members.size()));
        SortedMap<String, Long> props = new TreeMap<>();
        properties.forEach((p, n) -> props.put(p.getURI(), n));
        SortedMap<String, Long> graphs = new TreeMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> graphs.put(g.getURI(), (long) dsg.getGraph(g).size()));
        SortedSet<String> vocabularies = new TreeSet<>();
        props.keySet().forEach(p -> vocabularies.add(vocabulary(p)));
        classes.keySet().forEach(c -> vocabularies.add(vocabulary(c)));
        List<String> examples = EXAMPLE_CLASSES.stream()
                .map(c -> instances.getOrDefault(NodeFactory.createURI(c), Set.of()).stream()
                        .filter(Node::isURI).map(Node::getURI).sorted().findFirst())
                .flatMap(Optional::stream).toList();
        return new VoidStatistics(triples, subjects.size(), objects.size(), entities.size(), classes, props, graphs,
                vocabularies, examples);
    }

    private static String vocabulary(String termIri) {
        String ns = NodeFactory.createURI(termIri).getNameSpace();
        return ns.endsWith("#") ? ns.substring(0, ns.length() - 1) : ns;
    }
}
