package io.ismsflow.review;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.InvalidFieldsException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The ISMS manager prepared the review: agenda, meeting date, attendees with top management among them. */
@Component
public class RecordReviewPreparationWorker {

    private final ManagementReviews reviews;

    RecordReviewPreparationWorker(ManagementReviews reviews) {
        this.reviews = reviews;
    }

    @JobWorker(type = "record-review-preparation")
    public Prepared record(ActivatedJob job, @Variable long reviewId, @Variable(optional = true) String agenda,
                           @Variable(optional = true) LocalDate meetingOn, @Variable(optional = true) List<String> attendees,
                           @Variable(optional = true) String completedBy) {
        if (meetingOn == null) {
            throw JobInput.incident(job, "meetingOn is missing: the date the review is held");
        }
        try {
            ManagementReview review = reviews.prepare(reviewId, JobInput.required(job, agenda, "agenda is missing: what the meeting covers"),
                    meetingOn, attendees == null ? List.of() : attendees, Actor.forJob(job, completedBy));
            return new Prepared(review.getPreparedBy());
        } catch (InvalidFieldsException e) {
            throw JobInput.incident(job, "The preparation cannot be kept: " + e.problems());
        }
    }

    /** @param preparedBy who may not approve the minutes (four eyes) */
    public record Prepared(String preparedBy) {
    }
}
