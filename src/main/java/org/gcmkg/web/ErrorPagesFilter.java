package org.gcmkg.web;

import java.io.IOException;
import java.util.List;

import org.eclipse.jetty.io.EofException;
import org.gcmkg.page.ErrorPage;
import org.gcmkg.page.Paths;
import org.gcmkg.page.WebPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Errors for browsers as pages in the site's layout and language: a servlet's {@code sendError} (a missing asset,
 * say) and anything a servlet throws (a 500, with nothing of the exception in the answer). The endpoint, Fuseki's
 * administration paths and the JSON services keep their own error formats, as do clients that do not ask for HTML.
 */
final class ErrorPagesFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPagesFilter.class);
    private static final List<String> OWN_FORMATS = List.of(Paths.DATASET, "/$/", "/submissions", WebPaths.VALIDATE,
            WebPaths.QUERIES);

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI();
        if (OWN_FORMATS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/"))) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletResponseWrapper wrapped = new HttpServletResponseWrapper(resp) {
            @Override
            public void sendError(int sc) throws IOException {
                sendError(sc, null);
            }

            @Override
            public void sendError(int sc, String msg) throws IOException {
                if (ErrorPage.wantsHtml(req) && !isCommitted()) {
                    ErrorPage.send(req, (HttpServletResponse) getResponse(), sc, msg == null ? "" : msg);
                } else {
                    super.sendError(sc, msg);
                }
            }
        };
        try {
            chain.doFilter(req, wrapped);
        } catch (EofException e) {
            // The client closed the connection (or the server is stopping): nobody is left to read an error page,
            // and it is not a failure of ours to warn about.
            LOG.debug("{} {}: connection closed before the answer was sent", req.getMethod(), path);
            throw e;
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.warn("{} {} failed", req.getMethod(), path, e);
            if (resp.isCommitted()) {
                throw e;
            }
            ErrorPage.send(req, resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "Internal error: the server could not answer this request.");
        }
    }
}
