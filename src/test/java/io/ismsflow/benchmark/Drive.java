package io.ismsflow.benchmark;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

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
        try {
            await(what).atMost(patience).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(POLL_MILLIS)).until(() -> {
                eachPoll.run();
                return count.getAsInt() >= expected;
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("%s: %d of %d after %s; incidents: %s".formatted(what, count.getAsInt(), expected, patience,
                    stuck.get()), e);
        }
    }
}
