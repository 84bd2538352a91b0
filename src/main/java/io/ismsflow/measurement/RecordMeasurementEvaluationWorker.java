package io.ismsflow.measurement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Records what the evaluator decided on a result off target: accepted, a nonconformity raised (10.2) or an improvement logged (10.1). */
@Component
public class RecordMeasurementEvaluationWorker {

    private final Metrics metrics;

    RecordMeasurementEvaluationWorker(Metrics metrics) {
        this.metrics = metrics;
    }

    @JobWorker(type = "record-measurement-evaluation")
    public void record(ActivatedJob job, @Variable long metricId, @Variable String period, @Variable(optional = true) String evaluationDecision,
                       @Variable(optional = true) String evaluationNote, @Variable(optional = true) String completedBy) {
        String given = JobInput.required(job, evaluationDecision, "evaluationDecision is missing: 'accept', 'raise-nonconformity' or 'log-improvement'");
        Metrics.Decision decision;
        try {
            decision = Metrics.Decision.valueOf(given.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw JobInput.incident(job, "evaluationDecision '" + given + "' is none of 'accept', 'raise-nonconformity', 'log-improvement'");
        }
        metrics.evaluate(metricId, period, decision,
                JobInput.required(job, evaluationNote, "evaluationNote is missing: say why the result is accepted or what the nonconformity is"),
                Actor.forJob(job, completedBy));
    }
}
