package org.gcmkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import org.gcmkg.page.Paths;

/**
 * Where things are downloaded or queried, as seen by the client that asks: the scheme, host and port of its
 * request. Identities (of the dataset, the catalogue, the resources) are IRIs under the IRI base instead; these
 * are locations.
 *
 * @param base the server's base URL, without a trailing slash
 */
public record ServiceUrls(String base) {
    /** The base URL of the request's server. */
    public static ServiceUrls of(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        String uri = request.getRequestURI();
        String base = url.substring(0, url.length() - uri.length());
        return new ServiceUrls(base);
    }

    /** The URL of a path on this server. */
    public String url(String path) {
        return base + path;
    }

    /** The SPARQL endpoint. */
    public String sparql() {
        return url(Paths.SPARQL);
    }

    /** The published JSON-LD context. */
    public String context() {
        return url(Paths.CONTEXT);
    }

    /** The download URL of a dump file. */
    public String dump(String fileName) {
        return url(Paths.DUMPS + fileName);
    }
}
