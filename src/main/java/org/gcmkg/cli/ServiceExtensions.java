package org.gcmkg.cli;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.publish.LinkedDataExtension;
import org.gcmkg.publish.Publication;
import org.gcmkg.publish.PublishSettings;
import org.gcmkg.server.NamedQueriesExtension;
import org.gcmkg.server.ServerExtension;
import org.gcmkg.server.SubmissionsExtension;
import org.gcmkg.server.WriteAuth;
import org.gcmkg.store.Project;
import org.gcmkg.web.WebExtension;

/**
 * The parts of the whole service on one dataset, wired together: submissions and the dry run, named queries, linked
 * data and the web pages.
 */
public final class ServiceExtensions {
    private ServiceExtensions() {
    }

    /**
     * The extensions {@code serve} starts the server with; the linked data and the pages are told of every accepted
     * write through the submissions' change callback.
     */
    public static List<ServerExtension> of(Project project, DatasetGraph dataset, IngestService gate, WriteAuth auth,
            SizeLimit limit, PublishSettings publishing) {
        Publication publication = Publication.of(project, dataset, publishing);
        WebExtension web = new WebExtension(publication);
        LinkedDataExtension linkedData = new LinkedDataExtension(publication, web.homePage());
        return List.of(
                new SubmissionsExtension(gate, auth, limit, linkedData::refresh, project),
                new NamedQueriesExtension(project.queries(), dataset, publishing.queryTimeoutMillis()),
                linkedData, web);
    }
}
