package org.gcmkg.server;

import org.apache.jena.fuseki.main.FusekiServer;

/** A part of the service that adds its own servlets, filters or endpoints to the server before it starts. */
@FunctionalInterface
public interface ServerExtension {
    /** Registers this extension's servlets, filters or endpoints. */
    void register(FusekiServer.Builder builder);
}
