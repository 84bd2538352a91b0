package io.ismsflow.review;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The management review's timing (9.3): a review each quarter on its first working day; how long preparation and the
 * meeting may take after that day; the deadline after which a review not held counts as missed (a nonconformity); the
 * time to approve the minutes.
 */
@ConfigurationProperties("isms.review")
public record ReviewProperties(Duration prepareDue, Duration holdDue, Duration grace, Duration minutesDue) {

    public ReviewProperties {
        if (prepareDue == null || holdDue == null || grace == null || minutesDue == null) {
            throw new IllegalArgumentException("isms.review.prepare-due, hold-due, grace and minutes-due are required");
        }
        if (holdDue.compareTo(grace) >= 0) {
            throw new IllegalArgumentException("isms.review.hold-due (" + holdDue + ") must come before the grace period ends (" + grace + ")");
        }
    }
}
