package io.ismsflow.review;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** 9.3.3: a review's action is done, with its evidence. */
@Component
public class RecordReviewActionWorker {

    private final ReviewActions actions;

    RecordReviewActionWorker(ReviewActions actions) {
        this.actions = actions;
    }

    @JobWorker(type = "record-review-action")
    public void record(ActivatedJob job, @Variable long actionId, @Variable(optional = true) String actionEvidence,
                       @Variable(optional = true) String completedBy) {
        actions.done(actionId, JobInput.required(job, actionEvidence, "actionEvidence is missing: what shows the action is done"),
                Actor.forJob(job, completedBy));
    }
}
