package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import io.ismsflow.trail.Actor;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 9.2.2 b: no auditor audits their own work. When one would, the BPMN error {@code auditor-not-independent} takes the
 * audit to the ISMS manager with the reason; otherwise the fieldwork starts.
 */
@Component
public class CheckAuditorIndependenceWorker {

    static final String NOT_INDEPENDENT = "auditor-not-independent";

    private final Audits audits;
    private final AuditDeadlines deadlines;

    CheckAuditorIndependenceWorker(Audits audits, AuditDeadlines deadlines) {
        this.audits = audits;
        this.deadlines = deadlines;
    }

    @JobWorker(type = "check-auditor-independence")
    public void check(ActivatedJob job, @Variable long auditId) {
        Actor actor = Actor.forJob(job, null);
        audits.checkIndependence(auditId, actor).ifPresent(problem -> {
            throw CamundaError.bpmnError(NOT_INDEPENDENT, problem, Map.of("independenceProblem", problem, "reassignDueAt", deadlines.reassignment()));
        });
        audits.startFieldwork(auditId, actor);
    }
}
