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

    /** The VoID description. */
    static GraphDocument voidDescription(Publication p) {
        IriMapping iris = p.settings().iris();
        return page(iris, (snapshot, urls) -> VoidDescriber.describe(snapshot, iris, urls),
                new PageText("VoID description", "Descripción VoID",
                        "The dataset, where to query and download it, and counts computed from the live data.",
                        "El conjunto de datos, dónde consultarlo y descargarlo, y conteos calculados de los datos "
                                + "vigentes."),
                List.of(node(iris.iri(Paths.DATASET_IRI))));
    }

    /** The DCAT catalogue. */
    static GraphDocument catalogue(Publication p) {
        IriMapping iris = p.settings().iris();
        return page(iris, (snapshot, urls) -> DcatCatalogue.describe(snapshot, iris, urls),
                new PageText("DCAT catalogue", "Catálogo DCAT",
                        "The catalogue, its dataset, the downloads and the SPARQL endpoint.",
                        "El catálogo, su conjunto de datos, las descargas y el punto de acceso SPARQL."),
                List.of(node(iris.iri(Paths.CATALOG_IRI)), node(iris.iri(Paths.DATASET_IRI))));
    }

    /** The example queries. */
    static GraphDocument examples(Publication p) {
        IriMapping iris = p.settings().iris();
        return page(iris, (snapshot, urls) -> SparqlExamples.describe(p.queries().all(), iris, urls),
                new PageText("Example queries", "Consultas de ejemplo",
                        "The named queries of the project, each reproducing a table or figure of the reports.",
                        "Las consultas con nombre del proyecto; cada una reproduce una tabla o cifra de los informes."),
                List.of());
    }

    /** The SPARQL service description of the endpoint at the request's URL. */
    static GraphDocument serviceDescription(Publication p, String endpointPath) {
        IriMapping iris = p.settings().iris();
        return page(iris, (snapshot, urls) -> ServiceDescription.describe(snapshot, iris, urls.url(endpointPath),
                        p.settings().queryTimeoutMillis()),
                new PageText("SPARQL service description", "Descripción del servicio SPARQL",
                        "Send a query with ?query= (GET) or in the body (POST).",
                        "Envíe una consulta con ?query= (GET) o en el cuerpo (POST)."),
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
        }, new PageText("SHACL shapes", "Formas SHACL",
                "The constraints every piece of curated data passes before the service starts.",
                "Las restricciones que todos los datos curados cumplen antes de que el servicio arranque."),
                List.of());
    }

    /** A document whose HTML is the generic document page: a heading, a lead and its resources, focus first. */
    private static GraphDocument page(IriMapping iris, BiFunction<Snapshot, ServiceUrls, Graph> build, PageText text,
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
                return renderer.documentPage(text.titleEn(), text.titleEs(), text.leadEn(), text.leadEs(),
                        g, focus, selfPath, alternates, lang);
            }
        };
    }

    /** The heading and lead of a document page, in English and Spanish. */
    private record PageText(String titleEn, String titleEs, String leadEn, String leadEs) {
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
