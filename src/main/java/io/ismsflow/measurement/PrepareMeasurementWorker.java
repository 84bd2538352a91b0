package io.ismsflow.measurement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.ismsflow.escalation.EscalationPolicy;
import org.springframework.stereotype.Component;

/** Hands the measurement's tasks the metric, who measures and evaluates it, and when the period's value is due. */
@Component
public class PrepareMeasurementWorker {

    private final Metrics metrics;
    private final MeasurementRequestRepository requests;
    private final EscalationPolicy escalation;

    PrepareMeasurementWorker(Metrics metrics, MeasurementRequestRepository requests, EscalationPolicy escalation) {
        this.metrics = metrics;
        this.requests = requests;
        this.escalation = escalation;
    }

    @JobWorker(type = "prepare-measurement")
    public Subject prepare(@Variable long metricId, @Variable String period) {
        Metric metric = metrics.get(metricId);
        MeasurementRequest request = requests.findByMetricAndPeriod(metricId, period).orElseThrow();
        return new Subject(metric.getName() + ", " + period, metric.getName(), metric.getMethod(), metric.getUnit(),
                metric.getTarget().toPlainString(), metric.getWarning().toPlainString(), metric.getMeasuredBy(), metric.getEvaluatedBy(),
                request.dueAt().toString(), escalation.escalateAfter().toString(), escalation.escalateToTopAfter().toString());
    }

    public record Subject(String subject, String metricName, String metricMethod, String unit, String target, String warning,
                          String measuredBy, String evaluatedBy, String recordDueAt, String escalateAfter, String escalateToTopAfter) {
    }
}
