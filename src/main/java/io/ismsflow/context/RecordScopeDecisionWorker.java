package io.ismsflow.context;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** Records top management's decision on a new version of the ISMS scope (4.3). */
@Component
public class RecordScopeDecisionWorker {

    private final IsmsScope scope;

    RecordScopeDecisionWorker(IsmsScope scope) {
        this.scope = scope;
    }

    @JobWorker(type = "record-scope-decision")
    public void record(ActivatedJob job, @Variable long scopeId, @Variable(optional = true) String scopeDecision,
                       @Variable(optional = true) String scopeDecisionNote, @Variable(optional = true) String completedBy) {
        boolean approved = JobInput.approval(job, "scopeDecision", scopeDecision, "scopeDecisionNote", scopeDecisionNote);
        try {
            scope.decide(scopeId, approved, scopeDecisionNote, Actor.forJob(job, completedBy));
        } catch (IllegalStateException e) {
            throw JobInput.incident(job, e.getMessage());
        }
    }
}
