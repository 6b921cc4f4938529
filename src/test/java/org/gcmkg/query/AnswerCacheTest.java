package org.gcmkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Answers are kept for their data version only, computed once however many ask at once, and failures not kept. */
class AnswerCacheTest {
    private static final AnswerCache.Key KEY = new AnswerCache.Key("headline-figures", "", "text/csv");

    @Test
    void anAnswerIsKeptForItsVersionOnly() {
        AnswerCache<String> cache = new AnswerCache<>(10);
        AtomicInteger computed = new AtomicInteger();
        assertEquals("v1", cache.get(1, KEY, () -> {
            computed.incrementAndGet();
            return "v1";
        }));
        assertEquals("v1", cache.get(1, KEY, () -> "other" + computed.incrementAndGet()));
        assertEquals(1, computed.get());
        assertEquals("v2", cache.get(2, KEY, () -> "v2"), "a newer version computes again");
        assertEquals("old", cache.get(1, KEY, () -> "old"), "an older version is computed, never served from v2");
        assertEquals("v2", cache.get(2, KEY, () -> "not again"));
        assertEquals("none", cache.get(-1, KEY, () -> "none"));
        assertEquals("none again", cache.get(-1, KEY, () -> "none again"), "no version, nothing kept");
    }

    @Test
    void concurrentRequestsShareOneComputationAndFailuresAreNotKept() throws Exception {
        AnswerCache<String> cache = new AnswerCache<>(10);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] asks = new Future<?>[4];
            for (int i = 0; i < asks.length; i++) {
                asks[i] = pool.submit(() -> cache.get(7, KEY, () -> {
                    computed.incrementAndGet();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "answer";
                }));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<?> ask : asks) {
                assertEquals("answer", ask.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
        AnswerCache.Key other = new AnswerCache.Key("figures", "", "text/csv");
        assertThrows(IllegalStateException.class, () -> cache.get(7, other, () -> {
            throw new IllegalStateException("timed out");
        }));
        assertEquals("second try", cache.get(7, other, () -> "second try"));
    }
}
