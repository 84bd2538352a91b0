package io.ismsflow.documents;

import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.TaskSubmissionCheck;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.web.InvalidFieldsException;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The document review's own rules, checked before its tasks complete in the task list. */
class DocumentTaskChecks {

    private DocumentTaskChecks() {
    }

    /** "Revised" needs the revised text uploaded as a draft; "unchanged" needs a version in force to confirm. */
    @Component
    static class ReviewHasItsVersion implements TaskSubmissionCheck {

        private final DocumentRegister register;

        ReviewHasItsVersion(DocumentRegister register) {
            this.register = register;
        }

        @Override
        public String processId() {
            return DocumentReviews.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "review-document";
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            Document document = register.get(TaskContext.idIn(taskVariables, "documentId").orElseThrow());
            Object outcome = submission.get("reviewOutcome");
            if ("revised".equals(outcome) && document.draftVersion().isEmpty()) {
                throw new InvalidFieldsException(Map.of("reviewOutcome",
                        "upload the revised text beside this form first: it becomes the draft that goes up for approval"));
            }
            if ("unchanged".equals(outcome) && document.current().isEmpty()) {
                throw new InvalidFieldsException(Map.of("reviewOutcome",
                        document.getCode() + " has no approved version yet: upload its text and choose 'revised'"));
            }
        }
    }

    /** 7.5.2 (four eyes): whoever wrote what is up for approval may not approve it; a rejection says why. */
    @Component
    static class ApproverIsNotTheAuthor implements TaskSubmissionCheck {

        @Override
        public String processId() {
            return DocumentReviews.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "approve-document";
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            TaskSubmissionCheck.requireWhenAnswered(submission, "approvalDecision", "reject", "approvalNote", "is required when you send the document back");
        }

        @Override
        public Optional<String> refusal(UserTask task, Map<String, Object> taskVariables, String user) {
            if (user.equals(taskVariables.get("documentAuthor"))) {
                return Optional.of("You wrote what is up for approval (%s %s): someone else approves it (four eyes, 7.5.2)"
                        .formatted(taskVariables.get("documentCode"), taskVariables.get("reviewedVersion")));
            }
            return Optional.empty();
        }
    }
}
