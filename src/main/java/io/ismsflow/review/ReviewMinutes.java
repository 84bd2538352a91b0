package io.ismsflow.review;

import io.ismsflow.evidence.FrozenDocument;
import io.ismsflow.evidence.FrozenDocuments;
import io.ismsflow.trail.Actor;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Freezes a review's minutes at their approval (9.3.3, documented information of the results): HTML and PDF, SHA-256. */
@Component
class ReviewMinutes {

    private final FrozenDocuments frozen;
    private final ReviewInputs inputs;

    ReviewMinutes(FrozenDocuments frozen, ReviewInputs inputs) {
        this.frozen = frozen;
        this.inputs = inputs;
    }

    FrozenDocument freeze(ManagementReview review, List<PlannedReviewAction> actions, Actor approvedBy) {
        return frozen.freeze("review-minutes", review.getPeriod(), "Management review " + review.getPeriod() + ": minutes", "review-minutes",
                Map.of("review", review, "pack", inputs.read(review), "actions", actions, "approvedBy", approvedBy.person()), approvedBy.person());
    }
}
