package org.gcmkg.validation;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.io.RdfFiles;

/**
 * Validates data against the project's SHACL shapes, together with the context it may point to: the
 * ontology (whose class hierarchy {@code sh:class} follows) and the reference data.
 */
public final class ShapesValidator {
    private final Shapes shapes;
    private final Graph context;
    private final ShapesVersion version;

    /** A validator for the given shapes; {@code context} is added to every graph it validates. */
    public ShapesValidator(Shapes shapes, Graph context) {
        this(shapes, context, ShapesVersion.of(new byte[0], shapes.getGraph()));
    }

    private ShapesValidator(Shapes shapes, Graph context, ShapesVersion version) {
        this.shapes = LeanConstraints.apply(shapes);
        this.context = context;
        this.version = version;
    }

    /** A validator for the shapes in {@code shapeFiles}, whose version is the digest of those files. */
    public static ShapesValidator read(List<Path> shapeFiles, Graph context) {
        Shapes shapes = readShapes(shapeFiles);
        return new ShapesValidator(shapes, context, ShapesVersion.of(shapeFiles, shapes.getGraph()));
    }

    /** Parses the shapes files into one shapes graph. */
    public static Shapes readShapes(List<Path> shapeFiles) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Path file : shapeFiles) {
            RdfFiles.readDataset(file).getDefaultGraph().find().forEachRemaining(graph::add);
        }
        return Shapes.parse(graph);
    }

    /** Which shapes these are, as reports state it. */
    public ShapesVersion version() {
        return version;
    }

    /** The shapes in use (with jena-shacl's nested-shape constraints made cheaper: {@link LeanConstraints}). */
    public Shapes shapes() {
        return shapes;
    }

    /** Validates {@code data} merged with the context and any further graphs (such as other submissions). */
    public ValidationOutcome validate(Graph data, Graph... moreContext) {
        Graph merged = GraphFactory.createDefaultGraph();
        context.find().forEachRemaining(merged::add);
        for (Graph g : moreContext) {
            g.find().forEachRemaining(merged::add);
        }
        data.find().forEachRemaining(merged::add);
        ValidationReport report = ShaclValidator.get().validate(shapes, merged);
        return new ValidationOutcome(report);
    }

    /**
     * Validates a submission over a union view of the submission, the context and {@code stored} (the statements of
     * stored resources it refers to), without copying any of them. Only focus nodes the submission mentions (as
     * subject or object) are validated: the context conforms on its own, and only what mentions it can change that.
     */
    public ValidationOutcome validateSubmission(Graph submission, Graph stored) {
        Graph union = stored.isEmpty() ? new LayeredGraph(context, submission) : new LayeredGraph(context, stored, submission);
        ValidationContext vCxt = ValidationContext.create(shapes, union);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(union, shape)) {
                if (submission.contains(focus, Node.ANY, Node.ANY) || submission.contains(Node.ANY, Node.ANY, focus)) {
                    VLib.validateShape(vCxt, union, shape, focus);
                }
            }
        }
        return new ValidationOutcome(vCxt.generateReport());
    }

    /** The context every validation includes: the ontology and the curated data. */
    public Graph context() {
        return context;
    }
}
