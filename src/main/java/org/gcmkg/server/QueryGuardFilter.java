package org.gcmkg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.update.UpdateFactory;
import org.gcmkg.page.Paths;
import org.gcmkg.text.Language;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Screens what reaches the SPARQL endpoint before Fuseki parses it, so that its refusals are ours and say what
 * happened in the client's language: a query text past the size cap gets 413 (GET or POST, form or
 * {@code application/sparql-query}); SPARQL Update, by content type, {@code update=} parameter or update text
 * sent as a query, gets 403 saying the endpoint is read-only; a query with {@code SERVICE} gets 400 saying
 * federated queries are disabled (the engine refuses them anyway); a query nested too deeply to parse gets 400;
 * a POST of another type to {@code /gcm/sparql} or {@code /gcm/query} gets 415.
 * Anything else, including syntax errors (with Fuseki's line and column), goes on to Fuseki.
 */
final class QueryGuardFilter implements Filter {
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";
    private static final String FORM = "application/x-www-form-urlencoded";
    private final long maxQueryBytes;

    QueryGuardFilter(long maxQueryBytes) {
        this.maxQueryBytes = maxQueryBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("POST")) {
            chain.doFilter(request, response);
            return;
        }
        Language lang = HttpRefusal.language(req);
        String type = mediaType(req.getContentType());
        if (method.equals("POST") && type.equals(SPARQL_UPDATE)) {
            HttpRefusal.of(403, lang, "query.readOnly").send(req, resp);
            return;
        }
        if (method.equals("POST") && type.equals(SPARQL_QUERY)) {
            byte[] body = req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxQueryBytes + 1));
            if (body.length > maxQueryBytes) {
                HttpRefusal.of(413, lang, "query.bodyTooLarge", "max", maxQueryBytes).send(req, resp);
                return;
            }
            String text = new String(body, StandardCharsets.UTF_8);
            HttpRefusal refusal = screen(text, lang);
            if (refusal != null) {
                refusal.send(req, resp);
                return;
            }
            chain.doFilter(new ReplayedBody(req, body), response);
            return;
        }
        if (method.equals("POST") && !type.equals(FORM) && (req.getRequestURI().equals(Paths.SPARQL) || req.getRequestURI().equals(Paths.QUERY))) {
            HttpRefusal.of(415, lang, "query.contentType", "type", type).send(req, resp);
            return;
        }
        if (req.getParameter("update") != null) {
            HttpRefusal.of(403, lang, "query.readOnly").send(req, resp);
            return;
        }
        String query = req.getParameter("query");
        if (query != null) {
            HttpRefusal refusal = screen(query, lang);
            if (refusal != null) {
                refusal.send(req, resp);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The refusal a query text gets, or null to let Fuseki run (or reject) it. */
    HttpRefusal screen(String text, Language lang) {
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > maxQueryBytes) {
            return HttpRefusal.of(413, lang, "query.tooLarge", "size", size, "max", maxQueryBytes);
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (StackOverflowError e) {
            return HttpRefusal.of(400, lang, "query.tooDeep");
        } catch (RuntimeException e) {
            if (tooDeep(e)) {
                return HttpRefusal.of(400, lang, "query.tooDeep");
            }
            return e instanceof QueryParseException && isUpdate(text) ? HttpRefusal.of(403, lang, "query.readOnly")
                    : null;
        }
        try {
            return usesService(query) ? HttpRefusal.of(400, lang, "query.federated") : null;
        } catch (StackOverflowError e) {
            return HttpRefusal.of(400, lang, "query.tooDeep");
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the parser gave up because the query nests deeper than the stack (it wraps the error). */
    private static boolean tooDeep(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError || String.valueOf(t.getMessage()).contains("StackOverflow")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text, Syntax.syntaxARQ);
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /** Whether a query calls SERVICE anywhere: in its pattern, a subquery or an EXISTS. */
    private static boolean usesService(Query query) {
        boolean[] found = {false};
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found[0] = true;
            }
        }, new ExprVisitorBase());
        return found[0];
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", -1)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The request with the body the filter has already read. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
