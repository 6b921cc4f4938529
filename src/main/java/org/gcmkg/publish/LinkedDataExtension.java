package org.gcmkg.publish;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gcmkg.server.ServerExtension;

import jakarta.servlet.http.HttpServlet;
import org.gcmkg.page.Paths;

/**
 * The linked-data side of the service: dereferenceable IRIs, the ontology, VoID, the service description, the
 * DCAT catalogue, the example queries, the dumps and the JSON-LD context, with CORS on the public read paths.
 * Servlets take the paths Fuseki leaves free; the filters run before Fuseki's dispatch.
 */
public final class LinkedDataExtension implements ServerExtension {
    private static final List<Representation> DOCUMENT = List.of(Representation.TURTLE, Representation.HTML,
            Representation.JSON_LD, Representation.RDF_XML, Representation.N_TRIPLES);
    /** What the root path offers: a browser, or a client that accepts anything, gets the home page. */
    static final List<Representation> PAGE_FIRST = List.of(Representation.HTML, Representation.TURTLE,
            Representation.JSON_LD, Representation.RDF_XML, Representation.N_TRIPLES);

    private final Publication publication;
    private final HttpServlet homePage;

    /**
     * The extension publishing {@code publication}.
     *
     * @param homePage the site's home page, which the root path answers with when HTML is asked for; in RDF the
     *                 root path is the catalogue
     */
    public LinkedDataExtension(Publication publication, HttpServlet homePage) {
        this.publication = publication;
        this.homePage = homePage;
    }

    @Override
    public void register(FusekiServer.Builder builder) {
        Publication p = publication;
        builder.addFilter("/*", new CorsFilter());
        builder.addFilter(Paths.SPARQL, new ServiceDescriptionFilter(
                new DocumentServlet(p, DOCUMENT, Metadata.serviceDescription(p, Paths.SPARQL))));
        builder.addFilter(Paths.QUERY, new ServiceDescriptionFilter(
                new DocumentServlet(p, DOCUMENT, Metadata.serviceDescription(p, Paths.QUERY))));
        DocumentServlet ontology = new DocumentServlet(p, DOCUMENT, Metadata.ontology(p));
        builder.addServlet(Paths.ONTOLOGY, ontology);
        builder.addServlet(Paths.SHAPES, new DocumentServlet(p, DOCUMENT, Metadata.shapes(p)));
        builder.addServlet(Paths.CATALOG, new DocumentServlet(p, DOCUMENT, Metadata.catalogue(p)));
        builder.addServlet(Paths.VOID, new DocumentServlet(p, DOCUMENT, Metadata.voidDescription(p)));
        builder.addServlet(Paths.SPARQL_EXAMPLES, new DocumentServlet(p, DOCUMENT, Metadata.examples(p)));
        builder.addServlet(Paths.CONTEXT, new ContextServlet());
        builder.addServlet(Paths.DUMPS + "*", new DumpServlet(p));
        builder.addServlet("/*", new ResourceServlet(p, homePage,
                new DocumentServlet(p, PAGE_FIRST, Metadata.catalogue(p)), ontology));
    }

    /** Recomputes VoID, the catalogue and the dumps from the data; a writer calls it after each commit. */
    public void refresh() {
        publication.refresh();
    }

    /** What is published. */
    public Publication publication() {
        return publication;
    }
}
