package org.gcmkg.publish;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.gcmkg.page.UiLanguage;

/** A document the server builds as a graph and sends in any representation, with its own HTML rendering. */
interface GraphDocument {
    /** The graph for one snapshot, for a requester that reaches the server at {@code urls}. */
    Graph graph(Snapshot snapshot, ServiceUrls urls);

    /** The HTML page of the graph, with its interface in {@code lang}. */
    String html(Graph graph, Snapshot snapshot, ServiceUrls urls, String selfPath, List<Representation> alternates,
            UiLanguage lang);
}
