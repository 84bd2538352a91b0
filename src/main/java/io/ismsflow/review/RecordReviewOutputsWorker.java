package io.ismsflow.review;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** 9.3.3: the approved review's actions start, its decisions raise nonconformities or improvements, once. */
@Component
public class RecordReviewOutputsWorker {

    private final ReviewOutputs outputs;

    RecordReviewOutputsWorker(ReviewOutputs outputs) {
        this.outputs = outputs;
    }

    @JobWorker(type = "record-review-outputs")
    public void record(ActivatedJob job, @Variable long reviewId) {
        outputs.record(reviewId, Actor.forJob(job, null));
    }
}
