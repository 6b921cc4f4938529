package org.gcmkg.publish;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A bounded description of one resource.
 *
 * @param resource     the resource described
 * @param graph        its statements, the labels of what they mention, and the inbound links shown
 * @param ownTriples   how many statements have the resource (or a blank node it owns) as subject
 * @param inboundShown how many inbound links the description holds
 * @param inboundTotal how many inbound links the data holds
 */
public record Description(Node resource, Graph graph, int ownTriples, int inboundShown, int inboundTotal) {
    /** Whether the data says nothing about the resource. */
    public boolean isEmpty() {
        return ownTriples == 0 && inboundTotal == 0;
    }

    /** Whether some inbound links were left out. */
    public boolean truncated() {
        return inboundShown < inboundTotal;
    }
}
