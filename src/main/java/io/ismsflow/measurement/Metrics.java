package io.ismsflow.measurement;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import io.ismsflow.shared.Keyset;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.Versions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring and measurement (9.1): the catalogue of metrics and their results. The built-in automatic metrics the
 * modules contribute are sampled into the results once a day, one row per metric and day (sampling again the same
 * day replaces that day's value), so every metric has a history and a trend.
 */
@Service
@Transactional
public class Metrics {

    static final String SAMPLER = "isms-flow (daily sample)";
    static final String METRIC = "metric";
    /** The corrective-action process's start message (DESIGN, "How the processes talk to each other"). */
    static final String NONCONFORMITY_RAISED = "nonconformity-raised";

    private final MetricRepository metrics;
    private final MeasurementRepository measurements;
    private final MeasurementRequestRepository requests;
    private final List<MetricSource> sources;
    private final AuditTrail trail;
    private final EngineOutbox outbox;
    private final Improvements improvements;
    private final Clock clock;
    private final ObjectMapper json;

    Metrics(MetricRepository metrics, MeasurementRepository measurements, MeasurementRequestRepository requests, List<MetricSource> sources,
            AuditTrail trail, EngineOutbox outbox, Improvements improvements, Clock clock, ObjectMapper json) {
        this.metrics = metrics;
        this.measurements = measurements;
        this.requests = requests;
        this.sources = sources;
        this.trail = trail;
        this.outbox = outbox;
        this.improvements = improvements;
        this.clock = clock;
        this.json = json;
    }

    /** Defines a metric measured by a person (9.1 a–f); its first measurement falls due when its first period ends. */
    public Metric defineManual(MetricDraft draft, Actor actor) {
        requireWarningFits(draft.direction(), draft.target(), draft.warning());
        Metric metric = metrics.save(Metric.manual(draft));
        metric.assignKey();
        metric = metrics.save(metric);
        trail.record(METRIC, metric.getId(), "defined", null, metric, actor);
        return metric;
    }

    /**
     * Changes a manual metric's definition, with the reason. Results keep the evaluation they were given (what the
     * thresholds were then); a measurement already started keeps the person it was given to.
     */
    public Metric revise(long id, MetricRevision revision, Actor actor) {
        Metric metric = get(id);
        MetricDraft draft = revision.definition();
        Versions.requireCurrent("Metric \"" + metric.getName() + "\"", metric.getVersion(), revision.version());
        requireWarningFits(draft.direction(), draft.target(), draft.warning());
        var before = trail.snapshot(metric);
        metric.revise(draft);
        Metric saved = metrics.save(metric);
        trail.record(METRIC, id, "revised", before, withReason(saved, revision.reason()), actor);
        return saved;
    }

    /**
     * Sets a metric's target, warning and evaluator, with the reason; for built-in metrics too, whose thresholds are the
     * organisation's to choose. Results already taken keep their evaluation.
     */
    public Metric changeThresholds(long id, MetricThresholds thresholds, Actor actor) {
        Metric metric = get(id);
        Versions.requireCurrent("Metric \"" + metric.getName() + "\"", metric.getVersion(), thresholds.version());
        requireWarningFits(metric.getDirection(), thresholds.target(), thresholds.warning());
        var before = trail.snapshot(metric);
        metric.changeThresholds(thresholds);
        Metric saved = metrics.save(metric);
        trail.record(METRIC, id, "thresholds-changed", before, withReason(saved, thresholds.reason()), actor);
        return saved;
    }

    private static void requireWarningFits(Direction direction, BigDecimal target, BigDecimal warning) {
        Metric.misplacedWarning(direction, target, warning).ifPresent(problem -> {
            throw new InvalidFieldsException(Map.of("warning", problem));
        });
    }

    /** The metric as changed, with why, for the trail: the history shows both. */
    private Map<String, Object> withReason(Metric metric, String reason) {
        Map<String, Object> after = new LinkedHashMap<>(json.convertValue(metric, new TypeReference<Map<String, Object>>() { }));
        after.put("reason", reason);
        return after;
    }

    /**
     * The measured value of a manual metric for a period, evaluated against the thresholds; once per period (a
     * redelivered job gets the recorded one back).
     */
    Measurement record(long metricId, String period, BigDecimal value, String comment, Actor actor) {
        Metric metric = get(metricId);
        Optional<Measurement> recorded = measurements.findByMetricAndPeriod(metricId, period);
        if (recorded.isPresent()) {
            return recorded.get();
        }
        Measurement taken = measurements.save(Measurement.taken(metricId, period, value, metric.evaluate(value), actor.person(),
                clock.instant(), comment));
        requests.findByMetricAndPeriod(metricId, period).ifPresent(request -> requests.save(request.recorded()));
        trail.record(METRIC, metricId, "measured", null, taken, actor);
        return taken;
    }

    /** What the person who evaluates a result off target decides (9.1 e). */
    public enum Decision {
        ACCEPT, RAISE_NONCONFORMITY, LOG_IMPROVEMENT
    }

    /**
     * What the evaluator decided on a result off target (9.1 e), once: accepted with a note, a nonconformity raised
     * (the message {@code nonconformity-raised} goes to the outbox with the decision, so the corrective-action process
     * starts for it), or an improvement logged in the register (10.1).
     */
    Measurement evaluate(long metricId, String period, Decision decision, String note, Actor actor) {
        Metric metric = get(metricId);
        Measurement result = measurements.findByMetricAndPeriod(metricId, period)
                .orElseThrow(() -> new IllegalStateException("Metric " + metricId + " has no result for " + period + " to evaluate"));
        if (result.evaluatedAt() != null) {
            return result;
        }
        String ledTo = switch (decision) {
            case ACCEPT -> null;
            case RAISE_NONCONFORMITY -> raiseNonconformity(metric, result, note, actor);
            case LOG_IMPROVEMENT -> improvements.propose(new ImprovementDraft(ImprovementSource.MEASUREMENT, metric.getName() + ", " + period,
                    note), actor).getCode();
        };
        Measurement evaluated = measurements.save(result.evaluated(actor.person(), clock.instant(), note, ledTo));
        trail.record(METRIC, metricId, "evaluated", null, evaluated, actor);
        return evaluated;
    }

    private String raiseNonconformity(Metric metric, Measurement result, String note, Actor actor) {
        String reference = "MEAS-" + metric.getId() + "-" + result.period();
        outbox.publishAfterCommit(ProcessMessage.start(NONCONFORMITY_RAISED, reference, Map.of("raisedBy", actor.person(),
                "nonconformity", Map.of("reference", reference, "source", "MEASUREMENT",
                        "sourceReference", metric.getName() + ", " + result.period(),
                        "title", metric.getName() + " off target in " + result.period(),
                        "description", "%s was %s %s in %s (target %s, warning %s). %s".formatted(metric.getName(), result.value().toPlainString(),
                                metric.getUnit(), result.period(), metric.getTarget().toPlainString(), metric.getWarning().toPlainString(), note),
                        "severity", "MINOR", "owner", actor.person(), "controls", List.of(), "risks", List.of()))));
        return reference;
    }

    @Transactional(readOnly = true)
    public List<Metric> catalogue() {
        return metrics.findAllByOrderById();
    }

    @Transactional(readOnly = true)
    public Metric get(long id) {
        return metrics.findById(id).orElseThrow(() -> new NoSuchElementException("Metric " + id + " does not exist"));
    }

    /** The metric's definitions, changes, measurements and evaluations, the oldest first. */
    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(long id) {
        return trail.find(METRIC, String.valueOf(id));
    }

    @Transactional(readOnly = true)
    public Optional<Metric> byKey(String key) {
        return metrics.findByKey(key);
    }

    /** Every result taken in [from, to), oldest first, a page at a time. */
    @Transactional(readOnly = true)
    public void forEachMeasuredBetween(Instant from, Instant to, Consumer<Measurement> each) {
        Keyset.forEachRow(after -> measurements.findTop500ByMeasuredAtGreaterThanEqualAndMeasuredAtLessThanAndIdGreaterThanOrderById(from, to, after),
                500, Measurement::id, each);
    }

    /** The results of a metric, the newest first. */
    @Transactional(readOnly = true)
    public List<Measurement> series(long id) {
        return measurements.findByMetricOrderByPeriodDesc(get(id).getId());
    }

    @Transactional(readOnly = true)
    public Optional<Measurement> latest(long id) {
        return measurements.findFirstByMetricOrderByPeriodDesc(id);
    }

    /**
     * Samples every automatic metric for the day: each built-in definition is kept in the catalogue, its value
     * computed and stored as that day's result.
     *
     * @return how many metrics had a value
     */
    public int sample(LocalDate day) {
        int sampled = 0;
        for (MetricSource source : sources) {
            for (AutomaticMetric definition : source.automaticMetrics()) {
                Metric metric = catalogued(definition);
                BigDecimal value = definition.value().apply(day);
                if (value == null) {
                    continue;
                }
                value = value.setScale(2, RoundingMode.HALF_UP);
                Measurement today = Measurement.taken(metric.getId(), day.toString(), value, metric.evaluate(value), SAMPLER, clock.instant(), null);
                measurements.findByMetricAndPeriod(metric.getId(), day.toString())
                        .ifPresentOrElse(earlier -> measurements.save(earlier.withValue(today)), () -> measurements.save(today));
                sampled++;
            }
        }
        return sampled;
    }

    private Metric catalogued(AutomaticMetric definition) {
        Metric metric = metrics.findByKey(definition.key()).orElseGet(() -> Metric.automatic(definition));
        return metric.getId() == null || metric.define(definition) ? metrics.save(metric) : metric;
    }
}
