package org.gcmkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.publish.LinkedDataExtension;
import org.gcmkg.publish.Paths;
import org.gcmkg.publish.Publication;
import org.gcmkg.publish.PublishSettings;
import org.gcmkg.server.GcmServer;
import org.gcmkg.server.ServerSettings;
import org.gcmkg.store.Project;
import org.gcmkg.validation.ReportFormat;
import org.gcmkg.validation.ReportWriter;
import org.gcmkg.validation.ValidationOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: validates the curated data and serves it over a read-only SPARQL endpoint. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Validate the curated data against the shapes and serve it over a read-only SPARQL endpoint.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOption project;

    @Option(names = "--port", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--bind", defaultValue = ServerSettings.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    private String bind;

    @Option(names = "--timeout", defaultValue = "10",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    private double timeoutSeconds;

    @Option(names = "--log-requests", description = "Log every HTTP request.")
    private boolean logRequests;

    @Option(names = "--iri-base", defaultValue = PublishSettings.DEFAULT_IRI_BASE,
            description = "The IRI that this server's root path stands for: GET /objective/7 describes "
                    + "<IRI-BASE>objective/7 (default: ${DEFAULT-VALUE}).")
    private String iriBase;

    @Override
    public Integer call() {
        if (logRequests) {
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Request", "info");
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki", "info");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerSettings settings = new ServerSettings(port, bind, Math.round(timeoutSeconds * 1000));
        PublishSettings publishing = PublishSettings.of(iriBase, settings.queryTimeoutMillis());
        Project loaded = Project.load(project.files());
        ValidationOutcome outcome = loaded.validateCurated();
        if (!outcome.accepted()) {
            err.println("The curated data does not conform to the shapes; the server does not start.");
            err.print(new ReportWriter("en").write(outcome, ReportFormat.TEXT));
            err.flush();
            return ExitCodes.NOT_CONFORMING;
        }
        DatasetGraph dataset = loaded.newDataset();
        LinkedDataExtension linkedData = new LinkedDataExtension(Publication.of(loaded, dataset, publishing));
        GcmServer server = GcmServer.start(dataset, settings, List.of(linkedData));
        out.println("gcm-kg serving " + loaded.files().description() + " content");
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        out.println("Graph store (read-only): " + server.graphStoreUrl());
        out.println("Linked data: " + server.baseUrl() + "/ (IRIs under " + publishing.iris().iriBase() + ")");
        out.println("Catalogue: " + server.baseUrl() + Paths.CATALOG + "  VoID: " + server.baseUrl() + Paths.VOID);
        out.flush();
        server.join();
        return ExitCodes.OK;
    }
}
