package org.gcmkg.server;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.gcmkg.text.Language;

/**
 * The error answers that neither Fuseki nor our servlets write themselves: a bad request line or header, an
 * unknown path or method, a failure inside a servlet. It replaces Fuseki's handler, whose pages name the Java
 * exception, on the server and on the servlet context. The answer is one message in the request's language by
 * status; a servlet's own message is kept only when it names no exception and the status is not 500, 405 or 501
 * (whose texts come from the servlet API, in English).
 */
final class GcmErrorHandler extends ErrorHandler {
    /** What a message that names a Java class or exception looks like. */
    static final Pattern EXCEPTION_TEXT = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]\\w*|Exception|Error:|\\tat ");
    private static final Set<Integer> KNOWN = Set.of(400, 403, 404, 406, 408, 411, 413, 414, 415, 429, 431, 500,
            501, 503, 505);
    private static final String SERVLET_MESSAGE = "jakarta.servlet.error.message";
    private static final String SERVLET_EXCEPTION = "jakarta.servlet.error.exception";

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int code = response.getStatus();
        Throwable cause = (Throwable) attribute(request, ERROR_EXCEPTION, SERVLET_EXCEPTION);
        if (cause instanceof HttpException http) {
            code = http.getCode();
        }
        if (code < 400) {
            code = HttpStatus.INTERNAL_SERVER_ERROR_500;
        }
        if (HttpStatus.hasNoBody(code) || response.isCommitted()) {
            callback.succeeded();
            return true;
        }
        Object given = attribute(request, ERROR_MESSAGE, SERVLET_MESSAGE);
        refusal(code, HttpRefusal.language(request), request.getMethod(), given == null ? null : given.toString(),
                cause).send(request, response, callback);
        return true;
    }

    private static Object attribute(Request request, String name, String servletName) {
        Object value = request.getAttribute(name);
        return value != null ? value : request.getAttribute(servletName);
    }

    /** The refusal for an error with {@code code}, keeping {@code given} when it is a plain message. */
    static HttpRefusal refusal(int code, Language language, String method, String given, Throwable cause) {
        if (code != 500 && code != 405 && code != 501 && given != null && !given.isBlank() && cause == null && given.length() <= 300
                && !EXCEPTION_TEXT.matcher(given).find() && !given.equals(HttpStatus.getMessage(code))) {
            return HttpRefusal.plain(code, given);
        }
        if (code == 405) {
            return HttpRefusal.of(code, language, "status.405", "method", method);
        }
        if (KNOWN.contains(code)) {
            return HttpRefusal.of(code, language, "status." + code);
        }
        return HttpRefusal.of(code, language, "status.other", "status", code);
    }
}
