package io.ismsflow.dashboard;

import io.ismsflow.measurement.Metric;
import io.ismsflow.measurement.Metrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The KPIs as Micrometer gauges ({@code isms_kpi{id, unit}} at {@code /actuator/prometheus}, and
 * {@code isms_kpi_target}), refreshed every minute from the metrics' latest results, so Prometheus scrapes them without
 * a query of its own and Grafana draws them (docker/grafana).
 */
@Component
class KpiGauges {

    private static final Logger log = LoggerFactory.getLogger(KpiGauges.class);

    private final Metrics metrics;
    private final MultiGauge values;
    private final MultiGauge targets;

    KpiGauges(Metrics metrics, MeterRegistry registry) {
        this.metrics = metrics;
        this.values = MultiGauge.builder("isms.kpi").description("The latest value of each ISMS KPI (a built-in metric)").register(registry);
        this.targets = MultiGauge.builder("isms.kpi.target").description("The target of each ISMS KPI").register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void refresh() {
        try {
            Map<Metric, BigDecimal> latest = new LinkedHashMap<>();
            metrics.catalogue().stream().filter(metric -> metric.getKind() == Metric.Kind.AUTOMATIC)
                    .forEach(metric -> metrics.latest(metric.getId()).ifPresent(result -> latest.put(metric, result.value())));
            values.register(latest.entrySet().stream().map(entry -> MultiGauge.Row.of(tags(entry.getKey()), entry.getValue())).toList(), true);
            targets.register(latest.keySet().stream().map(metric -> MultiGauge.Row.of(tags(metric), metric.getTarget())).toList(), true);
        } catch (RuntimeException e) {
            log.warn("The KPI gauges were not refreshed; the next minute tries again: {}", e.getMessage());
        }
    }

    private static Tags tags(Metric metric) {
        return Tags.of("id", metric.getKey(), "unit", metric.getUnit());
    }
}
