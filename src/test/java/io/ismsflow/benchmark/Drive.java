package io.ismsflow.benchmark;

import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** Waiting for the engine and the workers to catch up, without letting the benchmark's own polling cost much. */
final class Drive {

    static final long POLL_MILLIS = 100;

    private Drive() {
    }

    static void awaitCount(IntSupplier count, int expected, Duration patience, String what, Supplier<Object> stuck) {
        awaitCount(count, expected, patience, what, stuck, () -> { });
    }

    /**
     * @param stuck what the engine says went wrong, asked only when the patience is spent
     * @param eachPoll runs at every look (moving the engine's clock, for instance)
     */
    static void awaitCount(IntSupplier count, int expected, Duration patience, String what, Supplier<Object> stuck, Runnable eachPoll) {
        long deadline = System.nanoTime() + patience.toNanos();
        int seen;
        while ((seen = count.getAsInt()) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("%s: %d of %d after %s; incidents: %s".formatted(what, seen, expected, patience, stuck.get()));
            }
            eachPoll.run();
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
