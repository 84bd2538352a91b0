package io.ismsflow.demo;

import static org.awaitility.Awaitility.await;

import io.ismsflow.review.ManagementReviews;
import io.ismsflow.review.ReviewStatus;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dev run is ready once its demo is in: the demo's runners, the start-up scans, the messages they left in the
 * outbox for the engine, and the input packs of the management reviews they requested. Until then health and
 * readiness say DOWN, so that nobody (and no script) looks at half a demo.
 */
class DemoReadiness implements HealthIndicator {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final ManagementReviews reviews;
    private volatile String state = "loading the demo data";

    DemoReadiness(JdbcClient jdbc, ManagementReviews reviews) {
        this.jdbc = jdbc;
        this.reviews = reviews;
    }

    /** Boot accepts traffic after every runner and every listener of the ready event (the start-up scans) is through. */
    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && !"loaded".equals(state)) {
            Thread.ofVirtual().name("demo-readiness").start(this::awaitTheAsynchronousSteps);
        }
    }

    @Override
    public Health health() {
        return "loaded".equals(state) ? Health.up().build() : Health.down().withDetail("demo", state).build();
    }

    private void awaitTheAsynchronousSteps() {
        try {
            state = "sending the demo's messages to the engine";
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql(
                    "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null").query(Long.class).single() == 0);
            state = "compiling the input packs of the reviews requested";
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                    .until(() -> reviews.all().stream().noneMatch(review -> review.getStatus() == ReviewStatus.REQUESTED));
            state = "loaded";
        } catch (RuntimeException e) {
            state = "not loaded within " + PATIENCE + " (" + state + "): " + e.getMessage();
        }
    }
}
