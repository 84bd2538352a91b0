package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.RefusedException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 10.2 d: records whether the actions were effective. A verifier who owns one of the actions is refused with the
 * BPMN error {@code verifier-not-independent}, which sends the verification back to be done by someone else.
 */
@Component
public class RecordEffectivenessReviewWorker {

    static final String NOT_INDEPENDENT = "verifier-not-independent";

    private final Nonconformities nonconformities;
    private final ProcessDeadlines deadlines;

    RecordEffectivenessReviewWorker(Nonconformities nonconformities, ProcessDeadlines deadlines) {
        this.nonconformities = nonconformities;
        this.deadlines = deadlines;
    }

    @JobWorker(type = "record-effectiveness-review")
    public Map<String, Object> recordReview(ActivatedJob job, @Variable long nonconformityId,
                                            @Variable(optional = true) String effectivenessVerdict,
                                            @Variable(optional = true) String effectivenessReasoning,
                                            @Variable(optional = true) String completedBy) {
        boolean effective = "effective".equals(effectivenessVerdict);
        if (!effective && !"ineffective".equals(effectivenessVerdict)) {
            throw JobInput.incident(job, "effectivenessVerdict must be 'effective' or 'ineffective', not '" + effectivenessVerdict + "'");
        }
        String reasoning = JobInput.required(job, effectivenessReasoning,
                "effectivenessReasoning is missing: say why the actions did or did not work");
        Nonconformity nc;
        try {
            nc = nonconformities.reviewEffectiveness(nonconformityId, effective, reasoning, Actor.forJob(job, completedBy));
        } catch (RefusedException e) {
            throw CamundaError.bpmnError(NOT_INDEPENDENT, e.getMessage());
        }
        return Map.of("effective", effective, "ineffectiveRounds", nc.ineffectiveRounds(), "analysisDueAt", deadlines.analysis());
    }
}
