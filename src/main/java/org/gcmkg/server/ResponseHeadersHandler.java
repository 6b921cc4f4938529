package org.gcmkg.server;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gcmkg.page.Layout;

/**
 * The headers every answer carries, whoever writes it, and the methods no path takes. Every answer gets
 * {@code X-Content-Type-Options: nosniff}; a document a browser renders (HTML, SVG) also gets the pages'
 * {@code Content-Security-Policy} as a header, with {@code frame-ancestors 'none'} (which a {@code <meta>} cannot
 * carry) so that no other site can frame it. TRACE and TRACK get 405 everywhere, and requests that the servlet
 * API cannot read get 400 or 415 here (see {@link #screen}). The headers are set again when the body is written,
 * since a servlet that resets its response drops them.
 */
final class ResponseHeadersHandler extends Handler.Wrapper {
    /** The policy sent with pages: the one their {@code <meta>} states, and no framing. */
    static final String CONTENT_SECURITY_POLICY = Layout.CONTENT_SECURITY_POLICY + "; frame-ancestors 'none'";
    private static final Set<String> REFUSED_METHODS = Set.of("TRACE", "TRACK");
    private static final Set<String> DOCUMENT_TYPES = Set.of("text/html", "application/xhtml+xml", "image/svg+xml");

    ResponseHeadersHandler(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Response headed = new HeadedResponse(request, response);
        HttpRefusal refusal = screen(request);
        if (refusal != null) {
            if (refusal.status() == 405) {
                refusal.send(request, headed, callback, "Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            } else {
                refusal.send(request, headed, callback);
            }
            return true;
        }
        return super.handle(request, headed, callback);
    }

    /**
     * What no servlet should see: TRACE and TRACK (405), a query string that does not decode (400: the servlet API
     * would throw on reading any parameter), a Content-Type whose charset Java does not know (415: the servlet API
     * would throw on reading the type).
     */
    private static HttpRefusal screen(Request request) {
        if (REFUSED_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return HttpRefusal.of(405, HttpRefusal.language(request), "method.refused", "method",
                    request.getMethod());
        }
        if (request.getHttpURI().getQuery() != null) {
            try {
                Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                return HttpRefusal.of(400, HttpRefusal.language(request), "query.string");
            }
        }
        String charset = unknownCharset(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (charset != null) {
            return HttpRefusal.of(415, HttpRefusal.language(request), "contentType.charset", "charset", charset);
        }
        return null;
    }

    /** The charset a Content-Type names when Java does not know it (or it is no name at all), else null. */
    static String unknownCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";", -1)) {
            String p = param.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).strip();
                if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1);
                }
                try {
                    if (!Charset.isSupported(name)) {
                        return name;
                    }
                } catch (IllegalCharsetNameException e) {
                    return name;
                }
            }
        }
        return null;
    }


    /** Sets the headers before anything is committed. */
    static void addHeaders(Response response) {
        if (response.isCommitted()) {
            return;
        }
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        String type = headers.get(HttpHeader.CONTENT_TYPE);
        if (type != null) {
            String essence = type.split(";", -1)[0].strip().toLowerCase(Locale.ROOT);
            if (DOCUMENT_TYPES.contains(essence)) {
                headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                headers.put("X-Frame-Options", "DENY");
            }
        }
    }

    private static final class HeadedResponse extends Response.Wrapper {
        HeadedResponse(Request request, Response wrapped) {
            super(request, wrapped);
            addHeaders(wrapped);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            addHeaders(this);
            super.write(last, content, callback);
        }
    }
}
