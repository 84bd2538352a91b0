package io.ismsflow.review;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** 9.3.1: the review was not held at its planned interval: it is missed, and a nonconformity is raised, once. */
@Component
public class RaiseReviewMissedWorker {

    private final ManagementReviews reviews;

    RaiseReviewMissedWorker(ManagementReviews reviews) {
        this.reviews = reviews;
    }

    @JobWorker(type = "raise-review-missed")
    public void raise(ActivatedJob job, @Variable long reviewId) {
        reviews.missed(reviewId, Actor.forJob(job, null));
    }
}
