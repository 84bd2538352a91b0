package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.InvalidFieldsException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 10.2 c: records the planned actions and hands the process what runs them: one entry per action for the
 * parallel "Implement action" tasks, and a summary for the ISMS manager who approves the plan.
 */
@Component
public class RecordActionPlanWorker {

    private final Nonconformities nonconformities;
    private final ProcessDeadlines deadlines;

    RecordActionPlanWorker(Nonconformities nonconformities, ProcessDeadlines deadlines) {
        this.nonconformities = nonconformities;
        this.deadlines = deadlines;
    }

    @JobWorker(type = "record-action-plan")
    public Plan recordPlan(ActivatedJob job, @Variable long nonconformityId, @VariablesAsType PlanSubmission plan,
                           @Variable(optional = true) String completedBy) {
        List<CorrectiveAction> actions;
        try {
            actions = nonconformities.plan(nonconformityId, plan.plannedActions(), Actor.forJob(job, completedBy));
        } catch (InvalidFieldsException e) {
            throw JobInput.incident(job, "the plan is not valid: " + e.problems());
        }
        return new Plan(actions.stream().map(ActionToImplement::of).toList(), summary(actions), deadlines.approval(), completedBy);
    }

    private static String summary(List<CorrectiveAction> actions) {
        return actions.stream()
                .map(action -> "%d. %s — %s, due %s%s".formatted(action.getPosition(), action.getTitle(), action.getOwner(),
                        action.getDueDate(), action.getChanges().isEmpty() ? "" : "; ISMS changes: " + action.getChanges().stream()
                                .map(RecordActionPlanWorker::describe).collect(Collectors.joining(", "))))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(IsmsChange change) {
        return switch (change.kind()) {
            case RESCORE_RISK -> "rescore risk #%d to residual %d×%d".formatted(change.riskId(), change.likelihood(), change.impact());
            case ADD_RISK -> "add risk \"%s\" (%d×%d)".formatted(change.newRiskTitle(), change.likelihood(), change.impact());
            case CONTROL_STATUS -> "control %s to %s".formatted(change.controlId(), change.implementationStatus());
            case CONTROL_APPLICABLE -> "control %s applicable".formatted(change.controlId());
        };
    }

    /** The plan as the form submits it (a typed record, so each row maps to a {@link PlannedAction}). */
    public record PlanSubmission(List<PlannedAction> plannedActions) {
    }

    /** @param plannedBy who may therefore not approve the plan (four eyes) */
    public record Plan(List<ActionToImplement> actions, String planSummary, String approvalDueAt, String plannedBy) {
    }

    /** One element of the multi-instance "Implement actions": what its task shows and to whom, by when. */
    public record ActionToImplement(long actionId, String title, String owner, String dueAt) {

        static ActionToImplement of(CorrectiveAction action) {
            return new ActionToImplement(action.getId(), action.getTitle(), action.getOwner(), ProcessDeadlines.endOf(action.getDueDate()));
        }
    }
}
