package org.gcmkg.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private record Generation<A>(long version, Map<Key, A> answers) {
    }

    private final int maxEntries;
    private volatile Generation<A> current = new Generation<>(-1, new ConcurrentHashMap<>());

    /** A cache holding at most {@code maxEntries} answers (past that, it starts again empty). */
    public AnswerCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The answer kept for {@code key} at data version {@code dataVersion}, or null. */
    public A get(long dataVersion, Key key) {
        Generation<A> g = current;
        return dataVersion >= 0 && dataVersion == g.version() ? g.answers().get(key) : null;
    }

    /** Keeps an answer computed at {@code dataVersion}; an answer of an older version than the newest seen is dropped. */
    public synchronized void put(long dataVersion, Key key, A answer) {
        Generation<A> g = current;
        if (dataVersion < 0 || dataVersion < g.version()) {
            return;
        }
        if (dataVersion > g.version() || g.answers().size() >= maxEntries) {
            g = new Generation<>(dataVersion, new ConcurrentHashMap<>());
            current = g;
        }
        g.answers().put(key, answer);
    }

    /** How many answers are kept. */
    public int size() {
        return current.answers().size();
    }
}
