package io.ismsflow.context;

import io.ismsflow.tasks.TaskSubmissionCheck;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.web.RefusedException;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Four eyes on the scope (4.3): whoever drafted a version may not approve it; sending it back needs the reason. */
@Component
class ScopeTaskChecks implements TaskSubmissionCheck {

    @Override
    public String processId() {
        return IsmsScope.PROCESS_ID;
    }

    @Override
    public String taskElementId() {
        return "approve-scope";
    }

    @Override
    public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
        refusal(task, taskVariables, user).ifPresent(reason -> {
            throw new RefusedException(reason);
        });
        TaskSubmissionCheck.requireWhenAnswered(submission, "scopeDecision", "reject", "scopeDecisionNote", "is required when you send the scope back");
    }

    @Override
    public Optional<String> refusal(UserTask task, Map<String, Object> taskVariables, String user) {
        return user.equals(taskVariables.get("scopeDraftedBy"))
                ? Optional.of("You drafted this version of the scope: another member of top management approves it")
                : Optional.empty();
    }
}
