package org.gcmkg.store;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.io.RdfFiles;
import org.gcmkg.vocab.Gcm;

/** The ontology and the curated data of a {@link ProjectFiles}, read into one graph per named graph. */
public final class CuratedData {
    /** The data area that holds reference data (objectives, principles, institutions, schemes). */
    public static final String REFERENCE_AREA = "reference";

    private final Graph ontology;
    private final Map<String, Graph> areas;

    private CuratedData(Graph ontology, Map<String, Graph> areas) {
        this.ontology = ontology;
        this.areas = areas;
    }

    /**
     * The content's ontology and data: for the embedded content, as the build parsed it ({@link
     * ProjectFiles#preparsed()}); else read from every ontology and data file, when malformed files raise an
     * RdfInputException.
     */
    public static CuratedData load(ProjectFiles files) {
        return files.preparsed().map(p -> new CuratedData(p.ontology(), p.areas())).orElseGet(() -> parse(files));
    }

    /** Reads every ontology and data file; malformed files raise an RdfInputException. */
    static CuratedData parse(ProjectFiles files) {
        Graph ontology = readAll(files.ontologyFiles());
        Map<String, Graph> areas = new LinkedHashMap<>();
        for (String area : files.dataAreas()) {
            areas.put(area, readAll(files.dataFiles(area)));
        }
        if (!areas.containsKey(REFERENCE_AREA)) {
            throw new IllegalArgumentException("the data has no " + REFERENCE_AREA + "/ area");
        }
        return new CuratedData(ontology, Collections.unmodifiableMap(areas));
    }

    /** Each data area's graph, by area name, in name order. */
    Map<String, Graph> areas() {
        return areas;
    }

    /** The ontology. */
    public Graph ontology() {
        return ontology;
    }

    /** All curated data (every area, without the ontology) in one new graph. */
    public Graph allData() {
        Graph all = GraphFactory.createDefaultGraph();
        areas.values().forEach(g -> g.find().forEachRemaining(all::add));
        return all;
    }

    /** Every named graph the curated content fills: the ontology and one per data area. */
    public Map<Node, Graph> namedGraphs() {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(Gcm.ONTOLOGY_GRAPH, ontology);
        areas.forEach((area, graph) -> graphs.put(graphName(area), graph));
        return graphs;
    }

    /** The named graph of a data area. */
    public static Node graphName(String area) {
        return REFERENCE_AREA.equals(area) ? Gcm.REFERENCE_GRAPH : Gcm.dataGraph(area);
    }

    private static Graph readAll(List<Path> files) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Path file : files) {
            DatasetGraph dsg = RdfFiles.readDataset(file);
            dsg.getDefaultGraph().find().forEachRemaining(graph::add);
        }
        return graph;
    }
}
