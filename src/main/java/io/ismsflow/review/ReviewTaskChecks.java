package io.ismsflow.review;

import io.ismsflow.tasks.TaskSubmissionCheck;
import io.ismsflow.tasks.UserTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The review's rules the task list enforces before a task completes, the same its workers enforce after. */
class ReviewTaskChecks {

    private ReviewTaskChecks() {
    }

    /** 9.3: top management attends the review it holds. */
    @Component
    static class TopManagementAttends implements TaskSubmissionCheck {

        private final ManagementReviews reviews;

        TopManagementAttends(ManagementReviews reviews) {
            this.reviews = reviews;
        }

        @Override
        public String processId() {
            return ManagementReviews.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "prepare-review";
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            Object attendees = submission.get("attendees");
            reviews.requireTopManagement(attendees instanceof List<?> names ? names.stream().map(String::valueOf).toList() : List.of());
        }
    }

    /** The risks the meeting's decisions name are in the register: at the meeting and when its record is amended. */
    @Component
    static class DecisionsNameKnownRisks implements TaskSubmissionCheck {

        private final ManagementReviews reviews;

        DecisionsNameKnownRisks(ManagementReviews reviews) {
            this.reviews = reviews;
        }

        @Override
        public String processId() {
            return ManagementReviews.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "hold-management-review";
        }

        @Override
        public boolean appliesTo(UserTask task) {
            return processId().equals(task.processId())
                    && (task.elementId().equals("hold-management-review") || task.elementId().equals("amend-meeting-record"));
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            if (!(submission.get("decisions") instanceof List<?> decisions)) {
                return;
            }
            List<ManagementReview.Decision> named = new ArrayList<>();
            for (int i = 0; i < decisions.size(); i++) {
                if (decisions.get(i) instanceof Map<?, ?> decision && decision.get("riskCode") instanceof String code && !code.isBlank()) {
                    named.add(new ManagementReview.Decision(i + 1, null, null, false, code.trim(), null));
                }
            }
            reviews.requireKnownRisks(named);
        }
    }

    /** Four eyes: whoever prepared the review does not approve its minutes; minutes sent back need the reason. */
    @Component
    static class MinutesApprovedBySomeoneElse implements TaskSubmissionCheck {

        @Override
        public String processId() {
            return ManagementReviews.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "approve-review-minutes";
        }

        @Override
        public Optional<String> refusal(UserTask task, Map<String, Object> taskVariables, String user) {
            return user.equals(taskVariables.get("preparedBy"))
                    ? Optional.of("You prepared this review: its minutes are approved by another member of top management (four eyes).")
                    : Optional.empty();
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            TaskSubmissionCheck.requireWhenAnswered(submission, "minutesDecision", "reject", "minutesDecisionReason",
                    "is required: say what needs to change");
        }
    }
}
