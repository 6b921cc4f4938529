package org.gcmkg.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.gcmkg.TestProject;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.publish.LinkedDataExtension;
import org.gcmkg.publish.Publication;
import org.gcmkg.publish.PublishSettings;
import org.gcmkg.server.GcmServer;
import org.gcmkg.server.NamedQueriesExtension;
import org.gcmkg.server.ServerSettings;
import org.gcmkg.server.SubmissionsExtension;
import org.gcmkg.server.WriteAuth;
import org.gcmkg.store.GcmStore;
import org.gcmkg.vocab.Gcm;

/** The whole service as {@code serve} wires it, in memory on a free port, with HTTP writes disabled. */
final class WebServer {
    private WebServer() {
    }

    /** Starts the service over the embedded project's curated data. */
    static GcmServer start() {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(TestProject.get().data());
        ServerSettings settings = ServerSettings.ephemeral();
        Publication publication = Publication.of(TestProject.get(), store.dataset(),
                PublishSettings.of(Gcm.BASE, settings.queryTimeoutMillis()));
        IngestService gate = new IngestService(TestProject.get(), store.dataset(), Clock.systemUTC());
        WebExtension web = new WebExtension(publication);
        LinkedDataExtension linkedData = new LinkedDataExtension(publication, web.homePage());
        return GcmServer.start(store.dataset(), settings, List.of(
                new SubmissionsExtension(gate, WriteAuth.withToken(Optional.empty()),
                        new SizeLimit(SizeLimit.DEFAULT_MAX_BYTES), linkedData::refresh, TestProject.get()),
                new NamedQueriesExtension(TestProject.get().queries(), store.dataset(), settings.queryTimeoutMillis()),
                linkedData, web));
    }
}
