package org.gcmkg.server;

import java.util.Optional;

/**
 * Bounds the submission bytes validated at once by {@code POST /validate} and {@code /submissions}: a validation
 * holds the parsed graph, several times the bytes, in the heap, so two large ones at once could pass {@code -Xmx}
 * where each alone fits. A request is admitted while the bytes already admitted and its own stay within the budget,
 * and always when nothing else is being validated (one submission alone is bounded by the byte and triple caps);
 * past it, it is refused at once (503 with {@code Retry-After}), not queued.
 */
final class ValidationBudget {
    /** What {@code Retry-After} says: about how long a large validation takes. */
    static final long RETRY_AFTER_SECONDS = 10;

    private final long budgetBytes;
    private long admitted;
    private int running;

    /** A budget of {@code budgetBytes} submission bytes validated at once. */
    ValidationBudget(long budgetBytes) {
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("the validation budget must be positive, not " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /**
     * A budget of an eighth of the heap's maximum: a Turtle submission's graph and its validation took about six
     * times its bytes at 748,229 triples (README, "The gate's memory"), so two at the budget leave room for the rest.
     */
    static ValidationBudget ofHeap() {
        return new ValidationBudget(Math.max(1, Runtime.getRuntime().maxMemory() / 8));
    }

    /** A hold on {@code bytes} of the budget, to be closed when the validation is over; empty past the budget. */
    synchronized Optional<Hold> tryAdmit(long bytes) {
        if (running > 0 && admitted + bytes > budgetBytes) {
            return Optional.empty();
        }
        admitted += bytes;
        running++;
        return Optional.of(new Hold(bytes));
    }

    private synchronized void release(long bytes) {
        admitted -= bytes;
        running--;
    }

    /** Bytes of the budget held by one validation; closing it more than once releases them once. */
    final class Hold implements AutoCloseable {
        private final long bytes;
        private boolean closed;

        private Hold(long bytes) {
            this.bytes = bytes;
        }

        @Override
        public void close() {
            synchronized (ValidationBudget.this) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            release(bytes);
        }
    }
}
