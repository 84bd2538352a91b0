package io.ismsflow.measurement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** Records what the evaluator decided on a result off target: accepted, or a nonconformity raised (9.1 e, 10.2). */
@Component
public class RecordMeasurementEvaluationWorker {

    private final Metrics metrics;

    RecordMeasurementEvaluationWorker(Metrics metrics) {
        this.metrics = metrics;
    }

    @JobWorker(type = "record-measurement-evaluation")
    public void record(ActivatedJob job, @Variable long metricId, @Variable String period, @Variable(optional = true) String evaluationDecision,
                       @Variable(optional = true) String evaluationNote, @Variable(optional = true) String completedBy) {
        String decision = JobInput.required(job, evaluationDecision, "evaluationDecision is missing: 'accept' or 'raise-nonconformity'");
        if (!decision.equals("accept") && !decision.equals("raise-nonconformity")) {
            throw JobInput.incident(job, "evaluationDecision '" + decision + "' is neither 'accept' nor 'raise-nonconformity'");
        }
        metrics.evaluate(metricId, period, decision.equals("raise-nonconformity"),
                JobInput.required(job, evaluationNote, "evaluationNote is missing: say why the result is accepted or what the nonconformity is"),
                Actor.forJob(job, completedBy));
    }
}
