package io.ismsflow.engine;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * {@code isms.clock.start}: the instant at which the app's clock and the in-memory engine's start, for the tests, CI
 * and the dev run ("what does my ISMS look like on 31 March?"). Earlier and later instants than now are both taken.
 * Only the in-memory engine's clock can be moved: with a cluster the setting is refused ({@link ClusterClock}).
 */
public final class ClockStart {

    public static final String PROPERTY = "isms.clock.start";

    private ClockStart() {
    }

    public static Optional<Instant> of(Environment environment) {
        String value = environment.getProperty(PROPERTY, "").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("%s must be an ISO-8601 instant in UTC such as 2027-03-31T20:00:00Z, not \"%s\""
                    .formatted(PROPERTY, value), e);
        }
    }
}
