package org.gcmkg.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The (shape, focus node) pairs of the context whose validation a submission cannot change. A pair whose focus node
 * the context describes is validated once over the context alone, recording every find, contains and size it asks;
 * when that validation has no result, the pair is skipped later over the context plus more layers as long as no
 * layer holds a statement, not in the context, that one of those reads would have seen. Validation is deterministic
 * in what the graph answers, and over the layers every recorded read then answers as it did, in the same order, so
 * the results are those of validating the pair again: none. Any other pair (results over the context alone, or a
 * read that a layer would change) is validated as usual. Thread-safe; memory is bounded by the context's pairs.
 */
final class ContextPairs {
    /** The reads of a pair that has results over the context alone: never skipped. */
    private static final List<Triple> HAS_RESULTS = new ArrayList<>();

    private final Shapes shapes;
    private final Graph context;
    private final Map<Shape, Map<Node, List<Triple>>> reads = new ConcurrentHashMap<>();

    ContextPairs(Shapes shapes, Graph context) {
        this.shapes = shapes;
        this.context = context;
    }

    /** Whether validating {@code shape} at {@code focus} over the context plus {@code layers} has no result. */
    boolean conformsUnchanged(Shape shape, Node focus, Graph... layers) {
        if (!context.contains(focus, Node.ANY, Node.ANY)) {
            return false;
        }
        List<Triple> made = reads.computeIfAbsent(shape, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(focus, f -> readsOf(shape, f));
        if (made == HAS_RESULTS) {
            return false;
        }
        for (Triple read : made) {
            for (Graph layer : layers) {
                if (addsTo(layer, read)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean addsTo(Graph layer, Triple read) {
        ExtendedIterator<Triple> it = layer.find(read);
        try {
            while (it.hasNext()) {
                if (!context.contains(it.next())) {
                    return true;
                }
            }
            return false;
        } finally {
            it.close();
        }
    }

    private List<Triple> readsOf(Shape shape, Node focus) {
        Recording recording = new Recording(context);
        ValidationContext vCxt = ValidationContext.create(shapes, recording);
        VLib.validateShape(vCxt, recording, shape, focus);
        if (!vCxt.generateReport().getEntries().isEmpty()) {
            return HAS_RESULTS;
        }
        return List.copyOf(recording.reads);
    }

    /** A view of a graph that remembers every pattern it was asked. */
    private static final class Recording extends GraphBase {
        private final Graph base;
        private final Set<Triple> reads = new LinkedHashSet<>();

        Recording(Graph base) {
            this.base = base;
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            reads.add(pattern);
            return base.find(pattern);
        }

        @Override
        protected boolean graphBaseContains(Triple pattern) {
            reads.add(pattern);
            return base.contains(pattern);
        }

        @Override
        protected int graphBaseSize() {
            reads.add(Triple.ANY);
            return base.size();
        }
    }
}
