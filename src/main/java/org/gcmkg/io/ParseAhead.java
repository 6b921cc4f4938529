package org.gcmkg.io;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Runs a parse on a thread of its own while the calling thread takes its triples: on two cores the parser's
 * tokenising and resolving overlaps with the caller's indexing of what it has already read, where a parse on the
 * calling thread does one after the other (for a large Turtle file, about four fifths and one fifth of the two). The
 * triples reach the caller in the parser's order, so a graph built from them is the one a parse on the calling
 * thread builds. Quads are taken as their triples.
 */
final class ParseAhead {
    private static final int BATCH = 1024;
    // Room for what the parser reads while the calling thread runs its first task (about 0.2 s for 50 MB).
    private static final int BATCHES_AHEAD = 256;
    private static final Triple[] END = new Triple[0];
    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "gcm-kg-parser");
        thread.setDaemon(true);
        return thread;
    });

    private final BlockingQueue<Triple[]> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private volatile boolean stop;
    private Throwable failure;

    private ParseAhead() {
    }

    /** Whether a parse of {@code bytes} bytes gains from a thread of its own: a second core, and enough to read. */
    static boolean pays(long bytes, long threshold) {
        return bytes >= threshold && Runtime.getRuntime().availableProcessors() > 1;
    }

    /**
     * Runs {@code parse}, which sends what it reads to the sink it is given, on a parser thread; meanwhile runs
     * {@code first} on the calling thread, then hands every triple to {@code take} there, in order. What {@code first}
     * throws is thrown, and the parse stopped, whatever the parse found; what the parse throws (an exception or an
     * error) is thrown once the triples read before it are taken; when {@code take} throws, the parse is stopped and
     * that is thrown. Runs all on the calling thread, {@code first} first, when no parser thread can be started.
     */
    static void run(Consumer<StreamRDF> parse, Runnable first, Consumer<Triple> take) {
        new ParseAhead().go(parse, first, take);
    }

    private void go(Consumer<StreamRDF> parse, Runnable first, Consumer<Triple> take) {
        try {
            PARSERS.execute(() -> produce(parse));
        } catch (RejectedExecutionException e) {
            first.run();
            parse.accept(sinkOf(take));
            return;
        }
        try {
            first.run();
            consume(take);
        } catch (RuntimeException | Error e) {
            stop = true;
            drain();
            throw e;
        }
    }

    private void produce(Consumer<StreamRDF> parse) {
        Batches batches = new Batches();
        try {
            parse.accept(batches);
            batches.flush();
        } catch (Stopped e) {
            // The caller gave up and has what it throws.
        } catch (Throwable t) {
            // Kept for the caller, which rethrows it after the triples read before it.
            failure = t;
        } finally {
            while (!stop && !offer(END)) {
                // offer() gives up every 100 ms so that a caller that stopped taking never leaves this thread waiting.
            }
        }
    }

    private void consume(Consumer<Triple> take) {
        for (Triple[] batch = next(); batch != END; batch = next()) {
            for (Triple t : batch) {
                take.accept(t);
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private Triple[] next() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        }
    }

    /** Empties the queue after the caller stopped, so that the parser thread sees the stop and ends. */
    private void drain() {
        queue.clear();
    }

    private boolean offer(Triple[] batch) {
        try {
            return queue.offer(batch, 100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** A sink that hands every triple, and the triple of every quad, to {@code take} on the parser's thread. */
    static StreamRDF sinkOf(Consumer<Triple> take) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                take.accept(triple);
            }

            @Override
            public void quad(Quad quad) {
                take.accept(quad.asTriple());
            }
        };
    }

    /** The parser's sink: triples in batches, handed over when full. */
    private final class Batches extends StreamRDFBase {
        private Triple[] batch = new Triple[BATCH];
        private int size;

        @Override
        public void triple(Triple triple) {
            batch[size++] = triple;
            if (size == BATCH) {
                hand(batch);
                batch = new Triple[BATCH];
                size = 0;
            }
        }

        @Override
        public void quad(Quad quad) {
            triple(quad.asTriple());
        }

        void flush() {
            if (size > 0) {
                Triple[] last = new Triple[size];
                System.arraycopy(batch, 0, last, 0, size);
                hand(last);
            }
        }

        private void hand(Triple[] full) {
            while (!offer(full)) {
                if (stop) {
                    throw new Stopped();
                }
            }
            if (stop) {
                throw new Stopped();
            }
        }
    }

    /** Ends a parse whose caller stopped taking triples. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
