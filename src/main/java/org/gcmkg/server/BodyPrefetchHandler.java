package org.gcmkg.server;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's body before any servlet sees it, without holding a worker thread while the bytes arrive: the
 * servlets read bodies with blocking I/O, so a client that trickles its body would otherwise keep a thread for as
 * long as it likes, and a few dozen such clients would stop the server. The body is collected as it arrives (up
 * to a cap) and the request is handed on once it is whole. A body that arrives slower than the minimum rate, once
 * the grace period is over, gets 408. On the SPARQL endpoint a body past the query cap gets 413; elsewhere the
 * request is handed on with what was read and the rest still to come, and the servlet applies its own cap.
 */
final class BodyPrefetchHandler extends Handler.Wrapper {
    private static final long CHECK_MILLIS = 1000;
    /** The longest a refused body is read and dropped before the connection is closed. */
    private static final long DRAIN_MILLIS = 10_000;
    private final HttpLimits limits;

    BodyPrefetchHandler(HttpLimits limits, Handler next) {
        super(next);
        this.limits = limits;
    }

    /** The most body bytes read for a form or query body on the endpoint: a form may escape every byte as %XX. */
    private long queryBodyCap() {
        return 3 * limits.maxQueryBytes() + 1024;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (declared <= 0 && !chunked) {
            return super.handle(request, response, callback);
        }
        boolean endpoint = QueryPaths.isEndpoint(Request.getPathInContext(request));
        long cap = endpoint ? queryBodyCap() : limits.maxBodyBytes();
        if (declared > cap) {
            if (endpoint) {
                tooLarge(request, response, callback);
                return true;
            }
            return super.handle(request, response, callback);
        }
        new Loader(request, response, callback, cap, endpoint, declared).read();
        return true;
    }

    /**
     * 413 with {@code Connection: close}, then the rest of the body read and dropped (up to {@link
     * HttpLimits#maxBodyBytes()} and for at most {@link #DRAIN_MILLIS}) before the connection closes: a connection
     * closed with unread bytes is reset, and a client still sending would see the reset instead of the answer.
     */
    private void tooLarge(Request request, Response response, Callback callback) {
        Drain drain = new Drain(request, callback);
        HttpRefusal.of(413, HttpRefusal.language(request), "query.bodyTooLarge", "max", limits.maxQueryBytes())
                .send(request, response, Callback.from(drain::start, callback::failed),
                        HttpHeader.CONNECTION.asString(), HttpHeaderValue.CLOSE.asString());
    }

    /** Reads and drops what is left of a refused request's body, then completes the request. */
    private final class Drain implements Runnable {
        private final Request request;
        private final Callback callback;
        private final AtomicBoolean done = new AtomicBoolean();
        private long dropped;

        Drain(Request request, Callback callback) {
            this.request = request;
            this.callback = callback;
        }

        void start() {
            request.getComponents().getScheduler().schedule(this::finish, DRAIN_MILLIS, TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public void run() {
            while (!done.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                boolean end = chunk.isLast() || Content.Chunk.isFailure(chunk);
                dropped += chunk.remaining();
                chunk.release();
                if (end || dropped > limits.maxBodyBytes()) {
                    finish();
                    return;
                }
            }
        }

        private void finish() {
            if (done.compareAndSet(false, true)) {
                callback.succeeded();
            }
        }
    }

    /** Collects one request's body, then hands the request on; or refuses it. */
    private final class Loader implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long cap;
        private final boolean endpoint;
        /** The body so far: an array of the declared length, else one that grows. */
        private byte[] body;
        private int size;
        private final long started = System.nanoTime();
        private Scheduler.Task check;
        private boolean finished;

        Loader(Request request, Response response, Callback callback, long cap, boolean endpoint, long declared) {
            this.body = new byte[declared > 0 ? (int) declared : 8192];
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.cap = cap;
            this.endpoint = endpoint;
        }

        @Override
        public void run() {
            read();
        }

        void read() {
            Runnable then;
            synchronized (this) {
                then = collect();
            }
            if (then != null) {
                then.run();
            }
        }

        /** Reads what has arrived; returns what to do once the body is whole or refused, or null to wait. */
        private Runnable collect() {
            while (!finished) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    scheduleCheck();
                    request.demand(this);
                    return null;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    finished = true;
                    cancelCheck();
                    Throwable failure = chunk.getFailure();
                    chunk.release();
                    return () -> callback.failed(failure);
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                boolean last = chunk.isLast();
                append(buffer);
                chunk.release();
                boolean over = size > cap;
                if (last || over) {
                    finished = true;
                    cancelCheck();
                    if (over && endpoint) {
                        return () -> tooLarge(request, response, callback);
                    }
                    Request prefetched = new PrefetchedRequest(request, body, size, last);
                    // The servlets run inside dispatch, below this loader: it must not keep a second hold on the bytes.
                    body = null;
                    return () -> dispatch(prefetched);
                }
            }
            return null;
        }

        /** Appends a chunk; the array grows (by half) only for a body whose length was not declared or is longer. */
        private void append(ByteBuffer buffer) {
            int n = buffer.remaining();
            if (size + n > body.length) {
                body = Arrays.copyOf(body, Math.max(size + n, (int) Math.min(cap, body.length + (body.length >> 1))));
            }
            buffer.get(body, size, n);
            size += n;
        }

        private void dispatch(Request prefetched) {
            try {
                if (!getHandler().handle(prefetched, response, callback)) {
                    Response.writeError(prefetched, response, callback, 404);
                }
            } catch (Throwable t) {
                Response.writeError(prefetched, response, callback, t);
            }
        }

        private void scheduleCheck() {
            if (check == null) {
                check = request.getComponents().getScheduler().schedule(this::checkRate, CHECK_MILLIS,
                        TimeUnit.MILLISECONDS);
            }
        }

        private void cancelCheck() {
            if (check != null) {
                check.cancel();
                check = null;
            }
        }

        private void checkRate() {
            synchronized (this) {
                check = null;
                if (finished) {
                    return;
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                boolean tooSlow = seconds * 1000 >= limits.bodyGrace().toMillis()
                        && size < limits.minBodyRate() * seconds;
                if (!tooSlow) {
                    scheduleCheck();
                    return;
                }
                finished = true;
            }
            HttpRefusal.of(408, HttpRefusal.language(request), "body.tooSlow", "rate", limits.minBodyRate())
                    .send(request, response, callback, HttpHeader.CONNECTION.asString(),
                            HttpHeaderValue.CLOSE.asString());
        }
    }

    /**
     * The body this handler read for {@code request}, whole, taken from it without a copy (the request's stream then
     * has nothing more to read); null when there is none to take, such as a body still arriving or one already read
     * from the stream: then read the stream.
     */
    static byte[] takeBody(HttpServletRequest request) {
        ServletContextRequest servletRequest = ServletContextRequest.getServletContextRequest(request);
        PrefetchedRequest prefetched = servletRequest == null ? null : Request.as(servletRequest, PrefetchedRequest.class);
        return prefetched == null ? null : prefetched.takeBody();
    }

    /** The request with its body already read: first the collected bytes, then whatever is still to come. */
    private static final class PrefetchedRequest extends Request.Wrapper {
        private ByteBuffer prefetched;
        private final boolean complete;

        PrefetchedRequest(Request wrapped, byte[] body, int length, boolean complete) {
            super(wrapped);
            this.prefetched = ByteBuffer.wrap(body, 0, length);
            this.complete = complete;
        }

        /** The whole body when it is held in an array of exactly its length and not read yet, else null. */
        synchronized byte[] takeBody() {
            ByteBuffer b = prefetched;
            if (b == null || !complete || !b.hasArray() || b.arrayOffset() != 0 || b.position() != 0
                    || b.limit() != b.array().length) {
                return null;
            }
            prefetched = null;
            return b.array();
        }

        @Override
        public Content.Chunk read() {
            synchronized (this) {
                if (prefetched != null) {
                    ByteBuffer b = prefetched;
                    prefetched = null;
                    return Content.Chunk.from(b, complete);
                }
            }
            return complete ? Content.Chunk.EOF : super.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            boolean ready;
            synchronized (this) {
                ready = prefetched != null || complete;
            }
            if (ready) {
                demandCallback.run();
            } else {
                super.demand(demandCallback);
            }
        }
    }
}
