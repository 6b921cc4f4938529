package org.gcmkg.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.gcmkg.vocab.Gcm;
import org.gcmkg.page.UiLanguage;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferences the data's IRIs: {@code GET /x/y} describes the IRI {@code base + "x/y"} in the negotiated
 * representation. An IRI the data says nothing about may be one the service mints for itself (the dataset, the
 * catalogue, a distribution, an example query, a named graph); those are described from the service's own
 * metadata. Anything else is 404. The root path stands for the service: as HTML it is the site's home page, in
 * RDF the catalogue.
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Offered for resources: a program that accepts anything gets Turtle, a browser asks for HTML. */
    static final List<Representation> OFFERED = List.of(Representation.TURTLE, Representation.HTML,
            Representation.JSON_LD, Representation.RDF_XML, Representation.N_TRIPLES);

    private final transient Publication publication;
    private final transient ResourceDescriber describer;
    private final transient ResourcePageRenderer renderer;
    private final transient HttpServlet homePage;
    private final transient DocumentServlet home;
    private final transient DocumentServlet ontology;

    /**
     * @param publication what is published
     * @param homePage    the site's home page, for the root path as HTML
     * @param home        the document of the root path in RDF; it offers HTML too, for its alternate links
     * @param ontology    the servlet of the ontology, for the ontology's version IRI
     */
    ResourceServlet(Publication publication, HttpServlet homePage, DocumentServlet home, DocumentServlet ontology) {
        this.publication = publication;
        this.describer = new ResourceDescriber(publication.settings().inboundLimit());
        this.renderer = new ResourcePageRenderer(publication.settings().iris());
        this.homePage = homePage;
        this.home = home;
        this.ontology = ontology;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        String path = req.getRequestURI();
        if ("/".equals(path)) {
            Optional<Representation> chosen = ContentNegotiation.choose(req.getHeader("Accept"),
                    req.getParameter("format"), LinkedDataExtension.PAGE_FIRST);
            if (chosen.isPresent() && chosen.get() == Representation.HTML) {
                homePage.service(req, resp);
            } else {
                home.doGet(req, resp);
            }
            return;
        }
        Optional<Representation> chosen = ContentNegotiation.choose(req.getHeader("Accept"),
                req.getParameter("format"), OFFERED);
        resp.setHeader("Vary", "Accept");
        if (chosen.isEmpty()) {
            HttpResponses.notAcceptable(resp, OFFERED);
            return;
        }
        IriMapping iris = publication.settings().iris();
        Node resource = NodeFactory.createURI(iris.iriOf(path));
        if (isOntologyVersion(resource)) {
            ontology.doGet(req, resp);
            return;
        }
        ServiceUrls urls = ServiceUrls.of(req);
        Snapshot snapshot = publication.snapshot();
        Description d = Txn.calculateRead(publication.dataset(),
                () -> describer.describe(publication.dataset().getUnionGraph(), resource));
        if (d.isEmpty()) {
            d = describer.describe(Metadata.all(publication, snapshot, urls), resource);
        }
        if (d.isEmpty()) {
            HttpResponses.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: the data has no statement about "
                    + resource.getURI());
            return;
        }
        Representation rep = chosen.get();
        UiLanguage lang = UiLanguage.of(req, resp);
        byte[] body = rep == Representation.HTML
                ? renderer.resourcePage(d, path, OFFERED, lang).getBytes(StandardCharsets.UTF_8)
                : RdfOutput.write(d.graph(), rep, urls.context());
        HttpResponses.negotiationHeaders(resp, path, OFFERED, rep);
        HttpResponses.send(req, resp, rep.contentType(), body,
                HttpResponses.weakEtag(snapshot, rep, urls, path, lang), snapshot.modified());
    }

    /** Whether an IRI is the version IRI of the ontology, which the ontology document answers for. */
    private boolean isOntologyVersion(Node iri) {
        return Txn.calculateRead(publication.dataset(), () -> publication.dataset().getGraph(Gcm.ONTOLOGY_GRAPH)
                .contains(Node.ANY, OWL.versionIRI.asNode(), iri));
    }
}
