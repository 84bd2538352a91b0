package io.ismsflow.review;

import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.UserTask;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The panel beside a review's tasks (its frozen inputs, agenda and conclusion) and beside an action's task. */
@Component
class ReviewTaskContext implements TaskContext {

    private final ManagementReviews reviews;
    private final ReviewActions actions;

    ReviewTaskContext(ManagementReviews reviews, ReviewActions actions) {
        this.reviews = reviews;
        this.actions = actions;
    }

    @Override
    public Optional<Panel> panelFor(UserTask task, Map<String, Object> variables) {
        Optional<Panel> review = TaskContext.idIn(variables, "reviewId").map(reviews::get).map(found -> {
            Map<String, Object> model = new HashMap<>();
            model.put("review", found);
            model.put("pack", found.getInputsSha256() == null ? null : reviews.inputsOf(found));
            return new Panel("Management review " + found.getPeriod(), "/management-reviews/" + found.getPeriod(), "review-panel :: review", model);
        });
        return review.or(() -> TaskContext.idIn(variables, "actionId").map(actions::get).map(action -> new Panel(action.getCode(),
                "/management-reviews/actions/" + action.getCode(), "review-panel :: action",
                Map.of("action", action, "review", reviews.get(action.getReview())))));
    }
}
