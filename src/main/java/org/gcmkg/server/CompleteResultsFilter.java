package org.gcmkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Makes the public endpoint answer with whole results or an error status. Fuseki streams results: when a query
 * times out after its first rows it has already sent 200 and ends the body with a marker, which a client may take
 * for a complete answer. This filter holds the body until the query is done (up to a size cap) and turns a
 * cut-off result into 503.
 */
public final class CompleteResultsFilter implements Filter {
    /** The line Fuseki writes into a result cut off by the query timeout. */
    static final String CANCELLED_MARKER = "Query cancelled due to timeout during execution";

    private final long maxBytes;

    /** A filter that holds at most {@code maxBytes} of a response body. */
    public CompleteResultsFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        BufferedResponse buffered = new BufferedResponse(http, maxBytes);
        chain.doFilter(request, buffered);
        if (http.isCommitted()) {
            return;
        }
        if (buffered.overflowed) {
            HttpReports.error(http, 503, "the result is larger than " + maxBytes + " bytes; narrow the query or add LIMIT");
            return;
        }
        byte[] body = buffered.body();
        if (cutOff(body)) {
            http.reset();
            HttpReports.error(http, 503, "the query ran past the time limit; its results were incomplete");
            return;
        }
        http.setContentLength(body.length);
        http.getOutputStream().write(body);
    }

    private static boolean cutOff(byte[] body) {
        int from = Math.max(0, body.length - 512);
        return new String(body, from, body.length - from, StandardCharsets.UTF_8).contains(CANCELLED_MARKER);
    }

    /** Holds the body in memory instead of sending it. */
    private static final class BufferedResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final long maxBytes;
        private boolean overflowed;
        private ServletOutputStream stream;
        private PrintWriter writer;

        BufferedResponse(HttpServletResponse response, long maxBytes) {
            super(response);
            this.maxBytes = maxBytes;
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (buffer.size() + (long) len > maxBytes) {
                            overflowed = true;
                            throw new IOException("response larger than " + maxBytes + " bytes");
                        }
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("buffered responses are written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // Nothing is sent before the whole result is known.
        }

        @Override
        public void setContentLength(int len) {
            // The filter sets the length of what it finally sends.
        }

        @Override
        public void setContentLengthLong(long len) {
            // The filter sets the length of what it finally sends.
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            buffer.reset();
            super.reset();
        }
    }
}
