package io.ismsflow.measurement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Hands the measurement's tasks the metric, who measures and evaluates it, and when the period's value is due. */
@Component
public class PrepareMeasurementWorker {

    private final Metrics metrics;
    private final MeasurementRequestRepository requests;
    private final Duration escalateAfter;
    private final Duration escalateToTopAfter;

    /**
     * The escalation chain's durations come from the same settings the escalation module reads; measurement does not
     * depend on that module (it reports a metric of its own through this one).
     */
    PrepareMeasurementWorker(Metrics metrics, MeasurementRequestRepository requests,
                             @Value("${isms.escalation.escalate-after}") Duration escalateAfter,
                             @Value("${isms.escalation.escalate-to-top-after}") Duration escalateToTopAfter) {
        this.metrics = metrics;
        this.requests = requests;
        this.escalateAfter = escalateAfter;
        this.escalateToTopAfter = escalateToTopAfter;
    }

    @JobWorker(type = "prepare-measurement")
    public Subject prepare(@Variable long metricId, @Variable String period) {
        Metric metric = metrics.get(metricId);
        MeasurementRequest request = requests.findByMetricAndPeriod(metricId, period).orElseThrow();
        return new Subject(metric.getName() + ", " + period, metric.getName(), metric.getMethod(), metric.getUnit(),
                metric.getTarget().toPlainString(), metric.getWarning().toPlainString(), metric.getMeasuredBy(), metric.getEvaluatedBy(),
                request.dueAt().toString(), escalateAfter.toString(), escalateToTopAfter.toString());
    }

    public record Subject(String subject, String metricName, String metricMethod, String unit, String target, String warning,
                          String measuredBy, String evaluatedBy, String recordDueAt, String escalateAfter, String escalateToTopAfter) {
    }
}
