package io.ismsflow.corrective;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.tasks.TaskSubmissionCheck;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.RefusedException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The corrective-action process's own rules, checked before its tasks complete in the task list. */
class CorrectiveTaskChecks {

    private CorrectiveTaskChecks() {
    }

    /** A plan names existing risks and controls, and each action has an owner and a due date ahead. */
    @Component
    static class PlanIsFeasible implements TaskSubmissionCheck {

        private final PlanCheck planCheck;
        private final ObjectMapper json;

        PlanIsFeasible(PlanCheck planCheck, ObjectMapper json) {
            this.planCheck = planCheck;
            this.json = json;
        }

        @Override
        public String processId() {
            return CorrectiveActionProcess.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "plan-corrective-actions";
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            List<PlannedAction> planned = json.convertValue(submission.get(PlanCheck.FIELD), new TypeReference<>() { });
            var problems = planCheck.problems(planned);
            if (!problems.isEmpty()) {
                throw new InvalidFieldsException(problems);
            }
        }
    }

    /**
     * Four eyes on the plan: whoever planned the actions may not approve them; a rejected plan goes back to its
     * planner with the reason, so the next plan can answer it.
     */
    @Component
    static class PlanApprovedBySomeoneElse implements TaskSubmissionCheck {

        @Override
        public String processId() {
            return CorrectiveActionProcess.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "approve-plan";
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            TaskSubmissionCheck.requireWhenAnswered(submission, "planDecision", "reject", "planDecisionReason", "is required when you reject the plan");
        }

        @Override
        public Optional<String> refusal(UserTask task, Map<String, Object> taskVariables, String user) {
            return user.equals(taskVariables.get("plannedBy"))
                    ? Optional.of("You planned these actions: another ISMS manager approves the plan (four eyes)")
                    : Optional.empty();
        }
    }

    /** 10.2 a2, b3: consequences dealt with when there were any; the places named where a similar one could occur. */
    @Component
    static class ContainmentNamesConsequences implements TaskSubmissionCheck {

        @Override
        public String processId() {
            return CorrectiveActionProcess.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "contain-and-correct";
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            TaskSubmissionCheck.requireWhenAnswered(submission, "hadConsequences", "yes", "consequences",
                    "say how the consequences were dealt with");
        }
    }

    /** 10.2 b3: where a similar nonconformity exists or could occur, named when the analyst says it could. */
    @Component
    static class AnalysisNamesWhereElse implements TaskSubmissionCheck {

        @Override
        public String processId() {
            return CorrectiveActionProcess.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "analyse-root-cause";
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            TaskSubmissionCheck.requireWhenAnswered(submission, "couldOccurElsewhere", "yes", "elsewhere",
                    "name where a similar nonconformity exists or could occur");
        }
    }

    /** 10.2 d: whoever owns one of the actions may not verify their effectiveness. */
    @Component
    static class VerifierIsIndependent implements TaskSubmissionCheck {

        private final Nonconformities nonconformities;

        VerifierIsIndependent(Nonconformities nonconformities) {
            this.nonconformities = nonconformities;
        }

        @Override
        public String processId() {
            return CorrectiveActionProcess.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "verify-effectiveness";
        }

        @Override
        public Optional<String> refusal(UserTask task, Map<String, Object> taskVariables, String user) {
            long id = ((Number) taskVariables.get("nonconformityId")).longValue();
            try {
                nonconformities.requireIndependentVerifier(nonconformities.get(id), user);
                return Optional.empty();
            } catch (RefusedException e) {
                return Optional.of(e.getMessage());
            }
        }
    }

    /** An action is done with evidence: a reference, or a file added beside the task (files never go into the form). */
    @Component
    static class ActionHasEvidence implements TaskSubmissionCheck {

        private final ActionEvidence evidence;

        ActionHasEvidence(ActionEvidence evidence) {
            this.evidence = evidence;
        }

        @Override
        public String processId() {
            return CorrectiveActionProcess.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "implement-action";
        }

        @Override
        public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
            Object reference = submission.get("evidenceReference");
            if (taskVariables.get("action") instanceof Map<?, ?> action && action.get("actionId") instanceof Number actionId
                    && evidence.of(actionId.longValue(), reference == null ? null : reference.toString()).isEmpty()) {
                throw new InvalidFieldsException(Map.of("evidenceReference", "give a reference, or add a file beside this form first"));
            }
        }
    }
}
