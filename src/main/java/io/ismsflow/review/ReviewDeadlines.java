package io.ismsflow.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a review's tasks are due and when it counts as missed, as the ISO 8601 instants the models read, and the
 * escalation chain's durations (the same settings the escalation module reads; review does not depend on it).
 */
@Component
class ReviewDeadlines {

    private final ReviewProperties properties;
    private final Duration escalateAfter;
    private final Duration escalateToTopAfter;
    private final Clock clock;

    ReviewDeadlines(ReviewProperties properties, @Value("${isms.escalation.escalate-after}") Duration escalateAfter,
                    @Value("${isms.escalation.escalate-to-top-after}") Duration escalateToTopAfter, Clock clock) {
        this.properties = properties;
        this.escalateAfter = escalateAfter;
        this.escalateToTopAfter = escalateToTopAfter;
        this.clock = clock;
    }

    String prepare(ManagementReview review) {
        return startOf(review.getPlannedOn()).plus(properties.prepareDue()).toString();
    }

    String hold(ManagementReview review) {
        return startOf(review.getPlannedOn()).plus(properties.holdDue()).toString();
    }

    /** After this the review is missed: its planned day plus the grace period. */
    String deadline(ManagementReview review) {
        return startOf(review.getPlannedOn()).plus(properties.grace()).toString();
    }

    String minutes() {
        return clock.instant().plus(properties.minutesDue()).toString();
    }

    /** An action is due by the end of its due day. */
    String endOf(LocalDate day) {
        return startOf(day.plusDays(1)).toString();
    }

    String escalateAfter() {
        return escalateAfter.toString();
    }

    String escalateToTopAfter() {
        return escalateToTopAfter.toString();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
