package org.interphase.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Static-partition parallel loops on a fixed pool of daemon threads, the threading of the plain-Java
 * twins. Ranges are split into contiguous chunks in a fixed order, so a loop whose chunks write
 * disjoint outputs gives the same numbers run after run. Reductions combine chunk partial sums in
 * chunk order (see {@link #sum}), so they are deterministic for a given thread count.
 *
 * <p>The thread count is {@code INTERPHASE_THREADS} if set, else the number of available processors.
 */
public final class Parallel {

    /** A loop body over the half-open index range [lo, hi). */
    @FunctionalInterface
    public interface RangeBody {
        void run(int lo, int hi);
    }

    /** A partial reduction over the half-open index range [lo, hi). */
    @FunctionalInterface
    public interface RangeSum {
        double sum(int lo, int hi);
    }

    private static final int THREADS = threadCount();
    private static final ExecutorService POOL = THREADS > 1 ? Executors.newFixedThreadPool(THREADS, daemon()) : null;
    /** Below this many items a loop runs on the calling thread. */
    public static final int GRAIN = 4096;

    private Parallel() {
    }

    /** @return the number of worker threads loops use. */
    public static int threads() {
        return THREADS;
    }

    /**
     * Runs {@code body} over [0, n) split into at most {@link #threads()} contiguous chunks.
     *
     * @param n    (Input) number of items.
     * @param body (Input) loop body; chunks must write disjoint data.
     */
    public static void forRange(int n, RangeBody body) {
        forRange(n, GRAIN, body);
    }

    /**
     * As {@link #forRange(int, RangeBody)} with an explicit grain: ranges smaller than {@code grain}
     * items per thread run serially.
     */
    public static void forRange(int n, int grain, RangeBody body) {
        int chunks = chunkCount(n, grain);
        if (chunks <= 1) {
            if (n > 0) {
                body.run(0, n);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(chunks - 1);
        for (int c = 1; c < chunks; c++) {
            final int lo = bound(n, chunks, c);
            final int hi = bound(n, chunks, c + 1);
            futures.add(POOL.submit(() -> body.run(lo, hi)));
        }
        body.run(0, bound(n, chunks, 1));
        join(futures);
    }

    /**
     * Deterministic parallel sum: partial sums per chunk, added in chunk order.
     *
     * @param n    (Input) number of items.
     * @param body (Input) returns the partial sum of its range.
     * @return the total.
     */
    public static double sum(int n, RangeSum body) {
        int chunks = chunkCount(n, GRAIN);
        if (chunks <= 1) {
            return n > 0 ? body.sum(0, n) : 0.0;
        }
        double[] partial = new double[chunks];
        forRange(chunks, 1, (lo, hi) -> {
            for (int c = lo; c < hi; c++) {
                partial[c] = body.sum(bound(n, chunks, c), bound(n, chunks, c + 1));
            }
        });
        double s = 0.0;
        for (double p : partial) {
            s += p;
        }
        return s;
    }

    private static int chunkCount(int n, int grain) {
        if (THREADS <= 1 || n < 2L * grain || Thread.currentThread() instanceof Worker) {
            return 1;
        }
        return (int) Math.min(THREADS, Math.max(1, n / grain));
    }

    private static int bound(int n, int chunks, int c) {
        return (int) ((long) n * c / chunks);
    }

    private static void join(List<Future<?>> futures) {
        RuntimeException first = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (first == null) {
                    first = cause instanceof RuntimeException ? (RuntimeException) cause : new RuntimeException(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a parallel loop", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static int threadCount() {
        String env = System.getenv("INTERPHASE_THREADS");
        if (env != null && !env.isBlank()) {
            try {
                int t = Integer.parseInt(env.trim());
                if (t >= 1) {
                    return t;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the processor count
            }
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Pool threads; a loop started on one runs serially, so nested loops cannot deadlock the pool. */
    private static final class Worker extends Thread {
        Worker(Runnable r, String name) {
            super(r, name);
        }
    }

    private static ThreadFactory daemon() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Worker(r, "interphase-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
