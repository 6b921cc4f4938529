package org.gcmkg.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;

/**
 * Runs independent parts of one validation on the calling thread and, when the common pool has a thread free,
 * beside it. A part no pool thread has started by the time the calling thread gets to it is run on the calling
 * thread, so a busy pool never makes a validation wait, and the answers come back in the order of the parts
 * whatever thread ran them.
 */
public final class Concurrently {
    private Concurrently() {
    }

    /** Two parts of different types, {@code first} on the calling thread, and their answers combined. */
    public static <A, B, R> R both(Callable<A> first, Callable<B> second, BiFunction<A, B, R> combine) {
        List<Object> answers = all(List.<Callable<Object>>of(first::call, second::call));
        @SuppressWarnings("unchecked")
        A a = (A) answers.get(0);
        @SuppressWarnings("unchecked")
        B b = (B) answers.get(1);
        return combine.apply(a, b);
    }

    /** The answers of {@code parts}, in their order; an exception of a part is thrown as it is (unchecked). */
    public static <T> List<T> all(List<Callable<T>> parts) {
        List<FutureTask<T>> tasks = new ArrayList<>(parts.size());
        for (Callable<T> part : parts) {
            tasks.add(new FutureTask<>(part));
        }
        if (Runtime.getRuntime().availableProcessors() > 1) {
            for (int i = tasks.size() - 1; i > 0; i--) {
                ForkJoinPool.commonPool().execute(tasks.get(i));
            }
        }
        List<T> answers = new ArrayList<>(tasks.size());
        for (FutureTask<T> task : tasks) {
            // A no-op when a pool thread has started or finished it; get() then waits for it.
            task.run();
            try {
                answers.add(task.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return answers;
    }
}
