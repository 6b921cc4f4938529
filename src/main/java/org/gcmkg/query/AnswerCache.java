package org.gcmkg.query;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of named queries kept for one data version: an answer is found only under the version it was computed
 * from, and the first answer put for a newer version drops every older one, so that no answer outlives the data
 * it came from.
 *
 * @param <A> what is kept per answer (for example its bytes and headers)
 */
public final class AnswerCache<A> {
    /**
     * What an answer depends on besides the data.
     *
     * @param query   the named query
     * @param edition the edition asked for, or empty for the query's default
     * @param format  the results' media type
     */
    public record Key(String query, String edition, String format) {
    }

    private record Generation<A>(long version, Map<Key, CompletableFuture<A>> answers) {
    }

    private final int maxEntries;
    private volatile Generation<A> current = new Generation<>(-1, new ConcurrentHashMap<>());

    /** A cache holding at most {@code maxEntries} answers (past that, it starts again empty). */
    public AnswerCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /**
     * The answer for {@code key} at data version {@code dataVersion}: the kept one, or one that {@code compute}
     * computes now and that is kept. Requests for the same answer that arrive while it is being computed wait for
     * that computation instead of starting their own; when it fails, they all get its exception and nothing is kept.
     * Answers over a version older than the newest seen, or over no version ({@code dataVersion < 0}), are computed
     * and not kept.
     */
    public A get(long dataVersion, Key key, Supplier<A> compute) {
        Generation<A> g = generation(dataVersion);
        if (g == null) {
            return compute.get();
        }
        CompletableFuture<A> mine = new CompletableFuture<>();
        CompletableFuture<A> existing = g.answers().putIfAbsent(key, mine);
        if (existing == null) {
            try {
                A answer = compute.get();
                mine.complete(answer);
                return answer;
            } catch (RuntimeException | Error e) {
                g.answers().remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return existing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The generation of {@code dataVersion}, started if it is newer than the current one; null if it is older. */
    private synchronized Generation<A> generation(long dataVersion) {
        Generation<A> g = current;
        if (dataVersion < 0 || dataVersion < g.version()) {
            return null;
        }
        if (dataVersion > g.version() || g.answers().size() >= maxEntries) {
            g = new Generation<>(dataVersion, new ConcurrentHashMap<>());
            current = g;
        }
        return g;
    }

    /** How many answers are kept or being computed. */
    public int size() {
        return current.answers().size();
    }
}
