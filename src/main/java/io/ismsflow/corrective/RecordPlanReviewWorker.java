package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Records the ISMS manager's decision on the plan; a rejection, with its reason, sends the plan back. */
@Component
public class RecordPlanReviewWorker {

    private final Nonconformities nonconformities;
    private final ProcessDeadlines deadlines;

    RecordPlanReviewWorker(Nonconformities nonconformities, ProcessDeadlines deadlines) {
        this.nonconformities = nonconformities;
        this.deadlines = deadlines;
    }

    @JobWorker(type = "record-plan-review")
    public Map<String, Object> recordPlanReview(ActivatedJob job, @Variable long nonconformityId,
                                                @Variable(optional = true) String planDecision,
                                                @Variable(optional = true) String planDecisionReason,
                                                @Variable(optional = true) String plannedBy,
                                                @Variable(optional = true) String completedBy) {
        boolean approved = JobInput.approval(job, "planDecision", planDecision, "planDecisionReason", planDecisionReason);
        if (completedBy != null && completedBy.equals(plannedBy)) {
            throw JobInput.incident(job, completedBy + " planned the actions and may not approve the plan (10.2 c, four eyes)");
        }
        nonconformities.reviewPlan(nonconformityId, approved, planDecisionReason, Actor.forJob(job, completedBy));
        return Map.of("planApproved", approved, "planDueAt", deadlines.plan());
    }
}
