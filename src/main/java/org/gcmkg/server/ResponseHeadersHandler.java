package org.gcmkg.server;

import java.nio.ByteBuffer;
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
 * carry) so that no other site can frame it. TRACE and TRACK get 405 everywhere. The headers are set again when
 * the body is written, since a servlet that resets its response drops them.
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
        if (REFUSED_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            HttpRefusal.of(405, HttpRefusal.language(request), "method.refused", "method", request.getMethod())
                    .send(request, headed, callback, "Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            return true;
        }
        return super.handle(request, headed, callback);
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
