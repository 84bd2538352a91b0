package io.ismsflow.review;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.security.People;
import io.ismsflow.trail.Actor;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 9.3.2: compiles the review's inputs a–g and freezes them; hands the tasks their due dates and deadline. */
@Component
public class CompileReviewInputsWorker {

    private final ManagementReviews reviews;
    private final ReviewDeadlines deadlines;
    private final People people;

    CompileReviewInputsWorker(ManagementReviews reviews, ReviewDeadlines deadlines, People people) {
        this.reviews = reviews;
        this.deadlines = deadlines;
        this.people = people;
    }

    @JobWorker(type = "compile-review-inputs")
    public Compiled compile(ActivatedJob job, @Variable long reviewId, @Variable(optional = true) String requestedBy) {
        ManagementReview review = reviews.compileInputs(reviewId, Actor.forJob(job, requestedBy));
        return new Compiled("Management review " + review.getPeriod(), review.getInputsSha256(), deadlines.prepare(review), deadlines.hold(review),
                deadlines.deadline(review), deadlines.escalateAfter(), deadlines.escalateToTopAfter(),
                people.everyone().stream().map(person -> Map.of("label", person.name(), "value", person.username())).toList());
    }

    public record Compiled(String subject, String inputsSha256, String prepareDueAt, String holdDueAt, String reviewDeadlineAt,
                           String escalateAfter, String escalateToTopAfter, List<Map<String, String>> people) {
    }
}
