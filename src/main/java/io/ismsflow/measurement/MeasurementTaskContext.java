package io.ismsflow.measurement;

import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.UserTask;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The panel next to a measurement's tasks: the metric (what, how, thresholds), its recent results for the trend, and
 * the period's evidence files, with where to add one (9.1: results are kept as documented information).
 */
@Component
class MeasurementTaskContext implements TaskContext {

    static final String EVIDENCE_OWNER = "measurement";

    private final Metrics metrics;
    private final EvidenceFiles evidence;

    MeasurementTaskContext(Metrics metrics, EvidenceFiles evidence) {
        this.metrics = metrics;
        this.evidence = evidence;
    }

    @Override
    public Optional<Panel> panelFor(UserTask task, Map<String, Object> variables) {
        if (!(variables.get("period") instanceof String period)) {
            return Optional.empty();
        }
        return TaskContext.idIn(variables, "metricId").map(metrics::get).map(metric -> {
            Map<String, Object> model = new HashMap<>();
            model.put("metric", metric);
            model.put("period", period);
            model.put("recent", metrics.series(metric.getId()).stream().limit(6).toList());
            model.put("files", evidence.of(EVIDENCE_OWNER, evidenceId(metric.getId(), period)));
            model.put("back", "/tasks/" + task.key());
            return new Panel(metric.getName() + ", " + period, "/metrics/" + metric.getId(), "measurement-panel :: panel", model);
        });
    }

    /** The evidence store's id of a period's files, e.g. "12-2026-10". */
    static String evidenceId(long metricId, String period) {
        return metricId + "-" + period;
    }
}
