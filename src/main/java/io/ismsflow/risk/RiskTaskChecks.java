package io.ismsflow.risk;

import io.ismsflow.security.People;
import io.ismsflow.tasks.Delegations;
import io.ismsflow.tasks.TaskSubmissionCheck;
import io.ismsflow.tasks.UserTask;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The risk review's own rules on who acts (6.1.3 e, f), checked before its tasks complete. */
class RiskTaskChecks {

    private RiskTaskChecks() {
    }

    /** Only the named risk owner, or the delegate they named, reassesses the risk and accepts its residual. */
    @Component
    static class OwnerReassesses implements TaskSubmissionCheck {

        private final Delegations delegations;
        private final People people;

        OwnerReassesses(Delegations delegations, People people) {
            this.delegations = delegations;
            this.people = people;
        }

        @Override
        public String processId() {
            return RiskReviews.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "reassess-risk";
        }

        @Override
        public Optional<String> refusal(UserTask task, Map<String, Object> taskVariables, String user) {
            Object owner = taskVariables.get("riskOwner");
            if (owner == null || owner.equals(user) || delegations.standingInFor(user).contains(owner.toString())) {
                return Optional.empty();
            }
            return Optional.of("Only %s, the risk owner, or the delegate they name reassesses this risk and accepts its residual (6.1.3 f)"
                    .formatted(people.displayName(owner.toString())));
        }
    }

    /** The co-approval of a residual risk is someone else's than the owner's own acceptance. */
    @Component
    static class CoApproverIsNotTheOwner implements TaskSubmissionCheck {

        @Override
        public String processId() {
            return RiskReviews.PROCESS_ID;
        }

        @Override
        public String taskElementId() {
            return "decide-on-residual-risk";
        }

        @Override
        public Optional<String> refusal(UserTask task, Map<String, Object> taskVariables, String user) {
            return user.equals(taskVariables.get("riskOwner"))
                    ? Optional.of("You own this risk and accepted its residual already: the co-approval is another person's")
                    : Optional.empty();
        }
    }
}
