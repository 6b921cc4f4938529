package org.gcmkg.publish;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;


import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gcmkg.page.Paths;

/**
 * Opens the public read paths to pages on any origin: {@code Access-Control-Allow-Origin: *}, never with
 * credentials. A request gets the header only when it reads: GET or HEAD on a public path, or a POST that sends
 * a query to a query-only endpoint. Writes, and Fuseki's {@code /$/} operations, never get it, and neither does
 * a preflight for them, so a browser will not let another origin send them.
 */
final class CorsFilter implements Filter {
    /** The endpoints that accept only queries, where a POST is a read. */
    private static final Set<String> QUERY_ENDPOINTS = Set.of(Paths.DATASET, Paths.SPARQL, Paths.QUERY);
    /** The dataset's read paths; its other paths are not public. */
    private static final Set<String> DATASET_READ_PATHS = Set.of(Paths.DATASET, Paths.SPARQL, Paths.QUERY,
            Paths.GRAPH_STORE);
    private static final Set<String> QUERY_CONTENT_TYPES = Set.of("application/sparql-query",
            "application/x-www-form-urlencoded");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        String method = req.getMethod();
        String preflightMethod = req.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(method) && preflightMethod != null && req.getHeader("Origin") != null) {
            if (isRead(path, preflightMethod, null)) {
                resp.setHeader("Access-Control-Allow-Origin", "*");
                resp.setHeader("Access-Control-Allow-Methods",
                        QUERY_ENDPOINTS.contains(path) ? "GET, HEAD, POST" : "GET, HEAD");
                resp.setHeader("Access-Control-Allow-Headers",
                        "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since");
                resp.setHeader("Access-Control-Max-Age", "86400");
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (isRead(path, method, req.getContentType())) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Expose-Headers", "ETag, Link, Vary, Content-Disposition");
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a request reads a public path. {@code contentType} is null for a preflight, which cannot show the
     * body's type; a query-only endpoint refuses anything but a query anyway.
     */
    static boolean isRead(String path, String method, String contentType) {
        if (!isPublicPath(path)) {
            return false;
        }
        String m = method.toUpperCase(Locale.ROOT);
        if (m.equals("GET") || m.equals("HEAD")) {
            return true;
        }
        if (m.equals("POST") && QUERY_ENDPOINTS.contains(path)) {
            if (contentType == null) {
                return true;
            }
            String type = contentType.split(";", -1)[0].strip().toLowerCase(Locale.ROOT);
            return QUERY_CONTENT_TYPES.contains(type);
        }
        return false;
    }

    private static boolean isPublicPath(String path) {
        if (path.startsWith("/$/")) {
            return false;
        }
        if (path.equals(Paths.DATASET) || path.startsWith(Paths.DATASET + "/")) {
            return DATASET_READ_PATHS.contains(path);
        }
        return true;
    }
}
