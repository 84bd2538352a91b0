package io.ismsflow.approval;

import io.ismsflow.tasks.TaskSubmissionCheck;
import io.ismsflow.tasks.UserTask;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Four eyes on every approval: whoever proposed the version may not approve it; sending it back needs the reason. */
@Component
class ApprovalTaskChecks implements TaskSubmissionCheck {

    @Override
    public String processId() {
        return Approvals.PROCESS_ID;
    }

    @Override
    public String taskElementId() {
        return "approve";
    }

    @Override
    public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
        TaskSubmissionCheck.requireWhenAnswered(submission, "approvalDecision", "reject", "approvalNote", "is required when you send it back");
    }

    @Override
    public Optional<String> refusal(UserTask task, Map<String, Object> taskVariables, String user) {
        return user.equals(taskVariables.get("proposedBy"))
                ? Optional.of("You proposed this version (" + taskVariables.get("subject") + "): someone else approves it (four eyes)")
                : Optional.empty();
    }
}
