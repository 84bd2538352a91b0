package io.ismsflow.measurement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Records the period's value and evaluates it against the thresholds (9.1 d, e); off target, it goes to an evaluator. */
@Component
public class RecordMeasurementWorker {

    private final Metrics metrics;
    private final Duration evaluationDue;
    private final Clock clock;

    RecordMeasurementWorker(Metrics metrics, @Value("${isms.measurement.grace}") Duration evaluationDue, Clock clock) {
        this.metrics = metrics;
        this.evaluationDue = evaluationDue;
        this.clock = clock;
    }

    @JobWorker(type = "record-measurement")
    public Recorded record(ActivatedJob job, @Variable long metricId, @Variable String period, @Variable(optional = true) Number measuredValue,
                           @Variable(optional = true) String measurementComment, @Variable(optional = true) String completedBy) {
        if (measuredValue == null || measuredValue.doubleValue() < 0) {
            throw JobInput.incident(job, "measuredValue is missing or negative: the period's value is recorded as a number of at least 0");
        }
        Measurement result = metrics.record(metricId, period, new BigDecimal(measuredValue.toString()), measurementComment,
                Actor.forJob(job, completedBy));
        return new Recorded(result.evaluation(), result.evaluation() == Evaluation.OFF_TARGET, clock.instant().plus(evaluationDue).toString());
    }

    public record Recorded(Evaluation evaluation, boolean offTarget, String evaluationDueAt) {
    }
}
