package org.gcmkg.server;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Keeps heavy use of the SPARQL endpoint from taking the whole server. At most {@code endpointRunning} endpoint
 * requests run at once; the next ones wait, without holding a thread, in Jetty's {@link QoSHandler} queue (up to
 * {@code maxWait}, then 503 with {@code Retry-After}). One client address may have at most
 * {@code perClientQueries} requests running or waiting: past that it gets 429 with {@code Retry-After}, as the
 * Wikidata Query Service answers. When the queue is full, 503. Pages, named queries and submissions do not pass
 * through here, so the workers the endpoint does not hold stay free for them.
 */
final class EndpointAdmission extends Handler.Wrapper {
    private final HttpLimits limits;
    private final long retryAfterSeconds;
    private final ConcurrentHashMap<String, Integer> perClient = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Queue queue;

    /**
     * @param retryAfterSeconds what {@code Retry-After} says: about how long a running query may take
     */
    EndpointAdmission(HttpLimits limits, long retryAfterSeconds, Handler next) {
        this.limits = limits;
        this.retryAfterSeconds = retryAfterSeconds;
        this.queue = new Queue(next);
        queue.setMaxRequestCount(limits.endpointRunning());
        queue.setMaxSuspendedRequestCount(limits.endpointWaiting() + 1);
        queue.setMaxSuspend(limits.maxWait().isZero() ? Duration.ofMillis(1) : limits.maxWait());
        setHandler(queue);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!QueryPaths.isEndpoint(Request.getPathInContext(request))) {
            return queue.getHandler().handle(request, response, callback);
        }
        String client = Request.getRemoteAddr(request);
        int count = perClient.merge(client, 1, Integer::sum);
        int total = inFlight.incrementAndGet();
        if (count > limits.perClientQueries()) {
            release(client);
            refuse(request, response, callback, 429, "client.busy", "count", limits.perClientQueries());
            return true;
        }
        if (total > limits.endpointRunning() + limits.endpointWaiting()) {
            release(client);
            refuse(request, response, callback, 503, "server.busy");
            return true;
        }
        Request.addCompletionListener(request, failure -> release(client));
        return queue.handle(request, response, callback);
    }

    private void release(String client) {
        inFlight.decrementAndGet();
        perClient.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
    }

    private void refuse(Request request, Response response, Callback callback, int status, String key,
            Object... args) {
        Object[] all = new Object[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "seconds";
        all[args.length + 1] = retryAfterSeconds;
        HttpRefusal.of(status, HttpRefusal.language(request), key, all)
                .send(request, response, callback, "Retry-After", Long.toString(retryAfterSeconds));
    }

    /** Jetty's queue, answering a request that waited too long with our message. */
    private final class Queue extends QoSHandler {
        Queue(Handler next) {
            super(next);
        }

        @Override
        protected void failSuspended(Request request, Response response, Callback callback, int status,
                Throwable failure) {
            if (status == 503) {
                refuse(request, response, callback, 503, "server.busy");
            } else {
                super.failSuspended(request, response, callback, status, failure);
            }
        }
    }
}
