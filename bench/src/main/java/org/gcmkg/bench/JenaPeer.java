package org.gcmkg.bench;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** jena-shacl run bare: the shapes parsed, the context and data read into one graph, validated. */
final class JenaPeer {
    private JenaPeer() {
    }

    static boolean validate(Path shapesFile, Path context, Path data) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString()));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(graph, context.toString());
        RDFDataMgr.read(graph, data.toString());
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        return report.conforms();
    }
}
