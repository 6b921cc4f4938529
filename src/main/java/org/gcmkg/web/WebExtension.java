package org.gcmkg.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gcmkg.publish.Publication;
import org.gcmkg.server.ServerExtension;

import jakarta.servlet.http.HttpServlet;
import org.gcmkg.page.WebPaths;

/**
 * The web front: the home page, the objectives and their charts, the query page, the validator and their
 * assets, all read-only and served by this process. The home page is handed to the linked-data side, which owns
 * the root path and answers it with the page when HTML is asked for.
 */
public final class WebExtension implements ServerExtension {
    private final Publication publication;
    private final HomePage home;

    /** The web pages over what {@code publication} publishes. */
    public WebExtension(Publication publication) {
        this.publication = publication;
        this.home = new HomePage(publication);
    }

    /** The home page, for the root path. */
    public HttpServlet homePage() {
        return home;
    }

    @Override
    public void register(FusekiServer.Builder builder) {
        builder.addServlet(WebPaths.OBJECTIVES, new ObjectivesPage(publication));
        builder.addServlet(WebPaths.EXPLORE, new ExplorePage(publication.queries()));
        builder.addServlet(WebPaths.VALIDATOR, new ValidatorPage(publication.settings().iris()));
        builder.addServlet(WebPaths.ASSETS + "*", new AssetServlet());
    }
}
