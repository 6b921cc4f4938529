package org.gcmkg.publish;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.gcmkg.vocab.Gcm;
import org.gcmkg.web.UiLanguage;

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

    /** The VoID description. */
    static GraphDocument voidDescription(Publication p) {
        IriMapping iris = p.settings().iris();
        ResourcePageRenderer renderer = new ResourcePageRenderer(iris);
        return new GraphDocument() {
            @Override
            public Graph graph(Snapshot snapshot, ServiceUrls urls) {
                return VoidDescriber.describe(snapshot, iris, urls);
            }

            @Override
            public String html(Graph g, Snapshot snapshot, ServiceUrls urls, String selfPath,
                    List<Representation> alternates, UiLanguage lang) {
                return renderer.documentPage("VoID description", "Descripción VoID",
                        "The dataset, where to query and download it, and counts computed from the live data.",
                        "El conjunto de datos, dónde consultarlo y descargarlo, y conteos calculados de los datos "
                                + "vigentes.",
                        g, List.of(node(iris.iri(Paths.DATASET_IRI))), selfPath, alternates, lang);
            }
        };
    }

    /** The DCAT catalogue. */
    static GraphDocument catalogue(Publication p) {
        IriMapping iris = p.settings().iris();
        ResourcePageRenderer renderer = new ResourcePageRenderer(iris);
        return new GraphDocument() {
            @Override
            public Graph graph(Snapshot snapshot, ServiceUrls urls) {
                return DcatCatalogue.describe(snapshot, iris, urls);
            }

            @Override
            public String html(Graph g, Snapshot snapshot, ServiceUrls urls, String selfPath,
                    List<Representation> alternates, UiLanguage lang) {
                return renderer.documentPage("DCAT catalogue", "Catálogo DCAT",
                        "The catalogue, its dataset, the downloads and the SPARQL endpoint.",
                        "El catálogo, su conjunto de datos, las descargas y el punto de acceso SPARQL.",
                        g, List.of(node(iris.iri(Paths.CATALOG_IRI)), node(iris.iri(Paths.DATASET_IRI))),
                        selfPath, alternates, lang);
            }
        };
    }

    /** The example queries. */
    static GraphDocument examples(Publication p) {
        IriMapping iris = p.settings().iris();
        ResourcePageRenderer renderer = new ResourcePageRenderer(iris);
        return new GraphDocument() {
            @Override
            public Graph graph(Snapshot snapshot, ServiceUrls urls) {
                return SparqlExamples.describe(p.queries().all(), iris, urls);
            }

            @Override
            public String html(Graph g, Snapshot snapshot, ServiceUrls urls, String selfPath,
                    List<Representation> alternates, UiLanguage lang) {
                return renderer.documentPage("Example queries", "Consultas de ejemplo",
                        "The named queries of the project, each reproducing a table or figure of the reports.",
                        "Las consultas con nombre del proyecto; cada una reproduce una tabla o cifra de los informes.",
                        g, List.of(), selfPath, alternates, lang);
            }
        };
    }

    /** The SPARQL service description of the endpoint at the request's URL. */
    static GraphDocument serviceDescription(Publication p, String endpointPath) {
        IriMapping iris = p.settings().iris();
        ResourcePageRenderer renderer = new ResourcePageRenderer(iris);
        return new GraphDocument() {
            @Override
            public Graph graph(Snapshot snapshot, ServiceUrls urls) {
                return ServiceDescription.describe(snapshot, iris, urls.url(endpointPath),
                        p.settings().queryTimeoutMillis());
            }

            @Override
            public String html(Graph g, Snapshot snapshot, ServiceUrls urls, String selfPath,
                    List<Representation> alternates, UiLanguage lang) {
                return renderer.documentPage("SPARQL service description", "Descripción del servicio SPARQL",
                        "Send a query with ?query= (GET) or in the body (POST).",
                        "Envíe una consulta con ?query= (GET) o en el cuerpo (POST).",
                        g, List.of(node(iris.iri(Paths.SERVICE_IRI))), selfPath, alternates, lang);
            }
        };
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
        IriMapping iris = p.settings().iris();
        ResourcePageRenderer renderer = new ResourcePageRenderer(iris);
        return new GraphDocument() {
            @Override
            public Graph graph(Snapshot snapshot, ServiceUrls urls) {
                Graph g = RdfOutput.newGraph();
                p.shapes().find().forEachRemaining(g::add);
                return g;
            }

            @Override
            public String html(Graph g, Snapshot snapshot, ServiceUrls urls, String selfPath,
                    List<Representation> alternates, UiLanguage lang) {
                return renderer.documentPage("SHACL shapes", "Formas SHACL",
                        "The constraints every piece of curated data passes before the service starts.",
                        "Las restricciones que todos los datos curados cumplen antes de que el servicio arranque.",
                        g, List.of(), selfPath, alternates, lang);
            }
        };
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
