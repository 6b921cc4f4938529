package org.gcmkg.bench;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Closed-loop load: {@code connections} clients each sending the next request when the last is answered. */
final class LoadTest {
    private LoadTest() {
    }

    /** Requests per second, median and 99th percentile latency, and how many answers were not 2xx. */
    record Result(double perSecond, double p50, double p99, int errors) {
    }

    static Result run(Supplier<HttpRequest> request, int connections, double seconds) throws InterruptedException {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    Http.Answer a = Http.send(request.get());
                    latencies.add((System.nanoTime() - s) / 1e6);
                    if (!a.ok()) {
                        errors.incrementAndGet();
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<Double> copy = new ArrayList<>(latencies);
        return new Result(copy.size() / elapsed, Stats.percentile(copy, 50), Stats.percentile(copy, 99), errors.get());
    }
}
