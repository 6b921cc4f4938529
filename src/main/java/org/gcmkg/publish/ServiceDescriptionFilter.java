package org.gcmkg.publish;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a GET (or HEAD) on a SPARQL endpoint URL that carries no query with the endpoint's service
 * description; every other request goes on to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {
    private final DocumentServlet description;

    ServiceDescriptionFilter(DocumentServlet description) {
        this.description = description;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String method = req.getMethod();
        if (("GET".equals(method) || "HEAD".equals(method)) && req.getParameter("query") == null) {
            description.service(req, (HttpServletResponse) response);
            return;
        }
        chain.doFilter(request, response);
    }
}
