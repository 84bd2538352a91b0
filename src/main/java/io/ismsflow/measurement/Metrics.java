package io.ismsflow.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
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

    private final MetricRepository metrics;
    private final MeasurementRepository measurements;
    private final List<MetricSource> sources;
    private final Clock clock;

    Metrics(MetricRepository metrics, MeasurementRepository measurements, List<MetricSource> sources, Clock clock) {
        this.metrics = metrics;
        this.measurements = measurements;
        this.sources = sources;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Metric> catalogue() {
        return metrics.findAllByOrderById();
    }

    @Transactional(readOnly = true)
    public Metric get(long id) {
        return metrics.findById(id).orElseThrow(() -> new NoSuchElementException("Metric " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public Optional<Metric> byKey(String key) {
        return metrics.findByKey(key);
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
                Measurement today = new Measurement(null, metric.getId(), day.toString(), value, metric.evaluate(value), SAMPLER,
                        clock.instant(), null);
                measurements.findByMetricAndPeriod(metric.getId(), day.toString())
                        .ifPresentOrElse(earlier -> measurements.save(new Measurement(earlier.id(), today.metric(), today.period(), today.value(),
                                today.evaluation(), today.measuredBy(), today.measuredAt(), null)), () -> measurements.save(today));
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
