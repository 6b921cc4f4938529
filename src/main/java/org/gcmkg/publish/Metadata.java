package org.gcmkg.publish;

import static org.gcmkg.publish.Html.both;
import static org.gcmkg.publish.Html.esc;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.gcmkg.vocab.Gcm;

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
                    List<Representation> alternates) {
                return renderer.documentPage("VoID description", "Descripción VoID",
                        "The dataset, where to query and download it, and counts computed from the live data.",
                        "El conjunto de datos, dónde consultarlo y descargarlo, y conteos calculados de los datos "
                                + "vigentes.",
                        g, List.of(node(iris.iri(Paths.DATASET_IRI))), selfPath, alternates);
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
                    List<Representation> alternates) {
                return renderer.documentPage("DCAT catalogue", "Catálogo DCAT",
                        "The catalogue, its dataset, the downloads and the SPARQL endpoint.",
                        "El catálogo, su conjunto de datos, las descargas y el punto de acceso SPARQL.",
                        g, List.of(node(iris.iri(Paths.CATALOG_IRI)), node(iris.iri(Paths.DATASET_IRI))),
                        selfPath, alternates);
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
                    List<Representation> alternates) {
                return renderer.documentPage("Example queries", "Consultas de ejemplo",
                        "The named queries of the project, each reproducing a table or figure of the reports.",
                        "Las consultas con nombre del proyecto; cada una reproduce una tabla o cifra de los informes.",
                        g, List.of(), selfPath, alternates);
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
                    List<Representation> alternates) {
                return renderer.documentPage("SPARQL service description", "Descripción del servicio SPARQL",
                        "Send a query with ?query= (GET) or in the body (POST).",
                        "Envíe una consulta con ?query= (GET) o en el cuerpo (POST).",
                        g, List.of(node(iris.iri(Paths.SERVICE_IRI))), selfPath, alternates);
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
                    List<Representation> alternates) {
                return renderer.render(g, Gcm.ONTOLOGY, alternates, selfPath);
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
                    List<Representation> alternates) {
                return renderer.documentPage("SHACL shapes", "Formas SHACL",
                        "The constraints every piece of curated data passes before the service starts.",
                        "Las restricciones que todos los datos curados cumplen antes de que el servicio arranque.",
                        g, List.of(), selfPath, alternates);
            }
        };
    }

    /** The home page; in RDF, the catalogue. */
    static GraphDocument home(Publication p) {
        IriMapping iris = p.settings().iris();
        ResourcePageRenderer renderer = new ResourcePageRenderer(iris);
        return new GraphDocument() {
            @Override
            public Graph graph(Snapshot snapshot, ServiceUrls urls) {
                return DcatCatalogue.describe(snapshot, iris, urls);
            }

            @Override
            public String html(Graph g, Snapshot snapshot, ServiceUrls urls, String selfPath,
                    List<Representation> alternates) {
                return homePage(snapshot, renderer, urls, selfPath, alternates);
            }
        };
    }

    private static String homePage(Snapshot s, ResourcePageRenderer renderer, ServiceUrls urls, String selfPath,
            List<Representation> alternates) {
        Labels labels = new Labels(s.coverage().labels());
        StringBuilder header = new StringBuilder();
        header.append("<h1 lang=\"en\">").append(esc(DatasetFacts.TITLE_EN)).append("</h1>\n")
                .append("<p class=\"secondary\" lang=\"es\">").append(esc(DatasetFacts.TITLE_ES)).append("</p>\n")
                .append("<p lang=\"en\">").append(esc(DatasetFacts.DESCRIPTION_EN)).append("</p>\n")
                .append("<p lang=\"es\">").append(esc(DatasetFacts.DESCRIPTION_ES)).append("</p>\n");
        StringBuilder main = new StringBuilder();
        main.append("<section aria-labelledby=\"use\">\n<h2 id=\"use\">").append(both("Use the data", "Usar los datos"))
                .append("</h2>\n<ul>\n")
                .append("<li><a href=\"").append(esc(Paths.SPARQL)).append("\">")
                .append(both("SPARQL endpoint", "Punto de acceso SPARQL")).append("</a> <code>")
                .append(esc(urls.sparql())).append("</code></li>\n")
                .append("<li><a href=\"").append(esc(Paths.SPARQL_EXAMPLES)).append("\">")
                .append(both("Example queries", "Consultas de ejemplo")).append("</a></li>\n")
                .append("<li><a href=\"").append(esc(Paths.CATALOG)).append("\">")
                .append(both("DCAT catalogue", "Catálogo DCAT")).append("</a></li>\n")
                .append("<li><a href=\"").append(esc(Paths.VOID)).append("\">")
                .append(both("VoID description", "Descripción VoID")).append("</a></li>\n")
                .append("<li><a href=\"").append(esc(Paths.ONTOLOGY)).append("\">")
                .append(both("Ontology", "Ontología")).append("</a></li>\n</ul>\n</section>\n");
        main.append("<section aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">")
                .append(both("Downloads", "Descargas")).append("</h2>\n<ul>\n");
        for (Dump d : s.dumps()) {
            main.append("<li><a href=\"").append(esc(Paths.DUMPS + d.fileName())).append("\">")
                    .append(both(d.titleEn(), d.titleEs())).append("</a> — ").append(d.size())
                    .append(" bytes, SHA-256 <code>").append(d.sha256()).append("</code></li>\n");
        }
        main.append("</ul>\n</section>\n");
        if (!s.coverage().reports().isEmpty()) {
            main.append("<section aria-labelledby=\"reports\">\n<h2 id=\"reports\">")
                    .append(both("Reports", "Informes")).append("</h2>\n<ul>\n");
            for (Node r : s.coverage().reports()) {
                main.append("<li>").append(renderer.nameHtml(r, labels, true)).append("</li>\n");
            }
            main.append("</ul>\n</section>\n");
        }
        if (!s.coverage().objectives().isEmpty()) {
            main.append("<section aria-labelledby=\"objectives\">\n<h2 id=\"objectives\">")
                    .append(both("Objectives", "Objetivos")).append("</h2>\n<ol>\n");
            s.coverage().objectives().stream()
                    .sorted(Comparator.comparingInt(Metadata::trailingNumber))
                    .forEach(o -> main.append("<li value=\"").append(trailingNumber(o)).append("\">")
                            .append(renderer.nameHtml(o, labels, true)).append("</li>\n"));
            main.append("</ol>\n</section>\n");
        }
        return Html.page(DatasetFacts.TITLE_EN, alternates, selfPath, header.toString(), main.toString());
    }

    private static int trailingNumber(Node n) {
        String iri = n.getURI();
        String tail = iri.substring(iri.lastIndexOf('/') + 1);
        return tail.matches("[0-9]{1,9}") ? Integer.parseInt(tail) : 0;
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
