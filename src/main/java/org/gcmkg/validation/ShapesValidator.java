package org.gcmkg.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.io.RdfFiles;

/**
 * Validates data against the project's SHACL shapes, together with the context it may point to: the
 * ontology (whose class hierarchy {@code sh:class} follows) and the reference data.
 */
public final class ShapesValidator {
    /** Below this many (shape, focus node) pairs, a second thread costs more than it saves. */
    private static final int MIN_PAIRS_TO_SPLIT = 2_000;

    private final Shapes shapes;
    private final Graph context;
    private final ShapesVersion version;
    private final ContextPairs contextPairs;

    /** A validator for the given shapes; {@code context} is added to every graph it validates. */
    public ShapesValidator(Shapes shapes, Graph context) {
        this(shapes, context, ShapesVersion.of(new byte[0], shapes.getGraph()));
    }

    private ShapesValidator(Shapes shapes, Graph context, ShapesVersion version) {
        this.shapes = LeanConstraints.apply(shapes);
        this.context = context;
        this.version = version;
        this.contextPairs = new ContextPairs(this.shapes, context);
    }

    /** A validator for the shapes in {@code shapeFiles}, whose version is the digest of those files. */
    public static ShapesValidator read(List<Path> shapeFiles, Graph context) {
        Shapes shapes = readShapes(shapeFiles);
        return new ShapesValidator(shapes, context, ShapesVersion.of(shapeFiles, shapes.getGraph()));
    }

    /**
     * A validator for shapes already parsed into {@code shapesGraph} from files whose bytes have the SHA-256
     * {@code shapesSha256} (the embedded content as the build read it).
     */
    public static ShapesValidator of(Graph shapesGraph, String shapesSha256, Graph context) {
        return new ShapesValidator(Shapes.parse(shapesGraph), context,
                ShapesVersion.withSha256(shapesSha256, shapesGraph));
    }

    /** Parses the shapes files into one shapes graph. */
    public static Shapes readShapes(List<Path> shapeFiles) {
        return Shapes.parse(readShapesGraph(shapeFiles));
    }

    /** Reads the shapes files into one graph. */
    public static Graph readShapesGraph(List<Path> shapeFiles) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Path file : shapeFiles) {
            RdfFiles.readDataset(file).getDefaultGraph().find().forEachRemaining(graph::add);
        }
        return graph;
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
     * A pair of the context that the submission and {@code stored} cannot change is not validated again ({@link
     * ContextPairs}). The (shape, focus node) pairs are validated in two halves that may run on two threads ({@link
     * Concurrently}); the results are those of one pass, in its order.
     */
    public ValidationOutcome validateSubmission(Graph submission, Graph stored) {
        return validateSubmission(submission, stored, MIN_PAIRS_TO_SPLIT, true);
    }

    /**
     * The same, split in two when there are at least {@code minPairsToSplit} pairs, and validating every pair again
     * unless {@code reuse}; for tests of the split and of the pairs skipped.
     */
    ValidationOutcome validateSubmission(Graph submission, Graph stored, int minPairsToSplit, boolean reuse) {
        Graph[] layers = stored.isEmpty() ? new Graph[] {submission} : new Graph[] {stored, submission};
        Graph union = new LayeredGraph(Stream.concat(Stream.of(context), Stream.of(layers)).toArray(Graph[]::new));
        List<Shape> pairShapes = new ArrayList<>();
        List<Node> pairFoci = new ArrayList<>();
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(union, shape)) {
                if ((submission.contains(focus, Node.ANY, Node.ANY) || submission.contains(Node.ANY, Node.ANY, focus))
                        && !(reuse && contextPairs.conformsUnchanged(shape, focus, layers))) {
                    pairShapes.add(shape);
                    pairFoci.add(focus);
                }
            }
        }
        int split = split(pairShapes, minPairsToSplit);
        if (split == pairShapes.size()) {
            return new ValidationOutcome(validatePairs(union, pairShapes, pairFoci, 0, split));
        }
        List<ValidationReport> halves = Concurrently.all(List.of(
                () -> validatePairs(union, pairShapes, pairFoci, 0, split),
                () -> validatePairs(union, pairShapes, pairFoci, split, pairShapes.size())));
        if (halves.get(1).getEntries().isEmpty()) {
            return new ValidationOutcome(halves.get(0));
        }
        ValidationReport.Builder all = ValidationReport.create();
        halves.forEach(h -> h.getEntries().forEach(all::addReportEntry));
        return new ValidationOutcome(all.build());
    }

    /**
     * Where the second half starts: about the middle, but past the pairs of a shape with SPARQL constraints, whose
     * parsed queries are kept to one thread.
     */
    private static int split(List<Shape> pairShapes, int minPairsToSplit) {
        int split = pairShapes.size() < Math.max(2, minPairsToSplit) ? pairShapes.size() : pairShapes.size() / 2;
        while (split > 0 && split < pairShapes.size() && pairShapes.get(split) == pairShapes.get(split - 1)
                && hasSparql(pairShapes.get(split))) {
            split++;
        }
        return split;
    }

    private static boolean hasSparql(Shape shape) {
        return Stream.concat(Stream.of(shape), shape.getPropertyShapes().stream())
                .flatMap(s -> s.getConstraints().stream()).anyMatch(c -> c instanceof SparqlConstraint);
    }

    private ValidationReport validatePairs(Graph union, List<Shape> pairShapes, List<Node> pairFoci, int from, int to) {
        ValidationContext vCxt = ValidationContext.create(shapes, union);
        for (int i = from; i < to; i++) {
            VLib.validateShape(vCxt, union, pairShapes.get(i), pairFoci.get(i));
        }
        return vCxt.generateReport();
    }

    /** The context every validation includes: the ontology and the curated data. */
    public Graph context() {
        return context;
    }
}
