package io.ismsflow.review;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.RefusedException;
import org.springframework.stereotype.Component;

/**
 * Top management's decision on the minutes: approved, they are frozen; sent back, the meeting's record is redone.
 * Whoever prepared the review never approves them: done elsewhere than the task list, that is a readable incident.
 */
@Component
public class RecordMinutesReviewWorker {

    private final ManagementReviews reviews;

    RecordMinutesReviewWorker(ManagementReviews reviews) {
        this.reviews = reviews;
    }

    @JobWorker(type = "record-minutes-review")
    public Reviewed review(ActivatedJob job, @Variable long reviewId, @Variable(optional = true) String minutesDecision,
                           @Variable(optional = true) String minutesDecisionReason, @Variable(optional = true) String completedBy) {
        boolean approved = JobInput.approval(job, "minutesDecision", minutesDecision, "minutesDecisionReason", minutesDecisionReason);
        try {
            reviews.reviewMinutes(reviewId, approved, minutesDecisionReason, Actor.forJob(job, completedBy));
        } catch (RefusedException e) {
            throw JobInput.incident(job, e.getMessage());
        }
        return new Reviewed(approved);
    }

    public record Reviewed(boolean minutesApproved) {
    }
}
