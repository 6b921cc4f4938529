package org.gcmkg.publish;

import java.util.List;
import java.util.function.BiFunction;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.gcmkg.vocab.Gcm;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.page.Paths;

/** The documents the service publishes about itself, as {@link GraphDocument}s, and their union. */
final class Metadata {
    private Metadata() {
    }

    /** VoID, the catalogue, the service description and the examples together, to describe minted IRIs. */
    static Graph all(Publication p, Snapshot s, ServiceUrls urls) {
        Graph all = RdfOutput.newGraph();
        IriMapping iris = p.settings().iris();
        for (Graph g : List.of(VoidDescriber.describe(s, iris, urls), DcatCatalogue.describe(s, iris, urls),
                ServiceDescription.describe(s, iris, urls.sparql(), p.settings().queryTimeoutMillis()),
                SparqlExamples.describe(p.queries().all(), iris, urls))) {
            g.find().forEachRemaining(all::add);
        }
        return all;
    }

    /** The VoID description, whose page says for people what the dataset holds. */
    static GraphDocument voidDescription(Publication p) {
        IriMapping iris = p.settings().iris();
        DocumentPages pages = new DocumentPages(p);
        return new GraphDocument() {
            @Override
            public Graph graph(Snapshot snapshot, ServiceUrls urls) {
                return VoidDescriber.describe(snapshot, iris, urls);
            }

            @Override
            public String html(Graph g, Snapshot snapshot, ServiceUrls urls, String selfPath,
                    List<Representation> alternates, UiLanguage lang) {
                return pages.voidPage(g, snapshot, urls, selfPath, alternates, lang);
            }
        };
    }

    /** The DCAT catalogue, whose page says for people what can be downloaded and how to cite it. */
    static GraphDocument catalogue(Publication p) {
        IriMapping iris = p.settings().iris();
        DocumentPages pages = new DocumentPages(p);
        return new GraphDocument() {
            @Override
            public Graph graph(Snapshot snapshot, ServiceUrls urls) {
                return DcatCatalogue.describe(snapshot, iris, urls);
            }

            @Override
            public String html(Graph g, Snapshot snapshot, ServiceUrls urls, String selfPath,
                    List<Representation> alternates, UiLanguage lang) {
                return pages.catalogue(g, snapshot, urls, selfPath, alternates, lang);
            }
        };
    }

    /** The example queries. */
    static GraphDocument examples(Publication p) {
        IriMapping iris = p.settings().iris();
        return page(iris, (snapshot, urls) -> SparqlExamples.describe(p.queries().all(), iris, urls),
                "examples",
                List.of());
    }

    /** The SPARQL service description of the endpoint at the request's URL. */
    static GraphDocument serviceDescription(Publication p, String endpointPath) {
        IriMapping iris = p.settings().iris();
        return page(iris, (snapshot, urls) -> ServiceDescription.describe(snapshot, iris, urls.url(endpointPath),
                        p.settings().queryTimeoutMillis()),
                "service",
                List.of(node(iris.iri(Paths.SERVICE_IRI))));
    }

    /** The ontology, from its named graph. */
    static GraphDocument ontology(Publication p) {
        IriMapping iris = p.settings().iris();
        OntologyPageRenderer renderer = new OntologyPageRenderer(iris);
        return new GraphDocument() {
            @Override
            public Graph graph(Snapshot snapshot, ServiceUrls urls) {
                Graph g = RdfOutput.newGraph();
                Txn.executeRead(p.dataset(), () ->
                        p.dataset().getGraph(Gcm.ONTOLOGY_GRAPH).find().forEachRemaining(g::add));
                return g;
            }

            @Override
            public String html(Graph g, Snapshot snapshot, ServiceUrls urls, String selfPath,
                    List<Representation> alternates, UiLanguage lang) {
                return renderer.render(g, Gcm.ONTOLOGY, alternates, selfPath, lang);
            }
        };
    }

    /** The SHACL shapes the curated data passes. */
    static GraphDocument shapes(Publication p) {
        return page(p.settings().iris(), (snapshot, urls) -> {
            Graph g = RdfOutput.newGraph();
            p.shapes().find().forEachRemaining(g::add);
            return g;
        }, "shapes", List.of());
    }

    /**
     * A document whose HTML is the generic document page: a heading, a lead and its resources, focus first; the
     * heading and lead are the messages {@code doc.TEXT.title} and {@code doc.TEXT.lead}.
     */
    private static GraphDocument page(IriMapping iris, BiFunction<Snapshot, ServiceUrls, Graph> build, String text,
            List<Node> focus) {
        ResourcePageRenderer renderer = new ResourcePageRenderer(iris);
        return new GraphDocument() {
            @Override
            public Graph graph(Snapshot snapshot, ServiceUrls urls) {
                return build.apply(snapshot, urls);
            }

            @Override
            public String html(Graph g, Snapshot snapshot, ServiceUrls urls, String selfPath,
                    List<Representation> alternates, UiLanguage lang) {
                org.gcmkg.text.Messages m = lang.messages(org.gcmkg.page.Layout.AREA);
                return renderer.documentPage(m.format("doc." + text + ".title"), m.format("doc." + text + ".lead"),
                        g, focus, selfPath, alternates, lang);
            }
        };
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
