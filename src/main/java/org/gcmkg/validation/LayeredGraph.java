package org.gcmkg.validation;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;

/**
 * A read-only view of the union of a few graphs (the curated context, the stored statements a submission refers to,
 * the submission), each statement given once, in the order of nested {@code Union}s: the first layer's, then each
 * later layer's that no earlier layer holds. A find with a subject asks only the layers that have that subject, and
 * when only one has it, returns that layer's answer as it is: SHACL asks for the values of a subject again and again,
 * and almost every subject lives in one layer, so most finds cost one lookup instead of a filter over every answer.
 */
final class LayeredGraph extends GraphBase {
    private final Graph[] layers;

    LayeredGraph(Graph... layers) {
        this.layers = layers.clone();
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
        return find3(m.getSubject(), m.getPredicate(), m.getObject());
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Node s, Node p, Node o) {
        return find3(s, p, o);
    }

    private ExtendedIterator<Triple> find3(Node s, Node p, Node o) {
        List<Graph> with = new ArrayList<>(layers.length);
        for (Graph g : layers) {
            if (s == null || !s.isConcrete() || g.contains(s, Node.ANY, Node.ANY)) {
                with.add(g);
            }
        }
        if (with.isEmpty()) {
            return NullIterator.instance();
        }
        ExtendedIterator<Triple> all = with.get(0).find(s, p, o);
        for (int i = 1; i < with.size(); i++) {
            List<Graph> earlier = with.subList(0, i);
            all = all.andThen(with.get(i).find(s, p, o).filterDrop(t -> {
                for (Graph e : earlier) {
                    if (e.contains(t)) {
                        return true;
                    }
                }
                return false;
            }));
        }
        return all;
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        for (Graph g : layers) {
            if (g.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
