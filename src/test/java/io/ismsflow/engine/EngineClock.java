package io.ismsflow.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's clock, kept in step with the in-memory engine's: both run in real time from the same start
 * ({@code isms.clock.start}, or now), and {@link #advance} moves both at once, so due dates the workers compute and
 * timers the engine fires agree.
 */
public class EngineClock extends Clock {

    private final ZeebeTestEngine engine;
    private final AtomicReference<Duration> offset;

    /** Starts the engine's clock at {@code start} too; the engine counts whole milliseconds, so this clock does. */
    static EngineClock startingAt(ZeebeTestEngine engine, Instant start) {
        Duration offset = Duration.ofMillis(Duration.between(Instant.now(), start).toMillis());
        engine.increaseTime(offset);
        return new EngineClock(engine, offset);
    }

    private EngineClock(ZeebeTestEngine engine, Duration offset) {
        this.engine = engine;
        this.offset = new AtomicReference<>(offset);
    }

    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
        engine.increaseTime(duration);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The engine clock runs in UTC");
    }
}
