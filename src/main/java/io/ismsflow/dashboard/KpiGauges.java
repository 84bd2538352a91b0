package io.ismsflow.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
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

    private final Dashboard dashboard;
    private final MultiGauge values;
    private final MultiGauge targets;

    KpiGauges(Dashboard dashboard, MeterRegistry registry) {
        this.dashboard = dashboard;
        this.values = MultiGauge.builder("isms.kpi").description("The latest value of each ISMS KPI (a built-in metric)").register(registry);
        this.targets = MultiGauge.builder("isms.kpi.target").description("The target of each ISMS KPI").register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void refresh() {
        try {
            var kpis = dashboard.kpis().stream().filter(kpi -> kpi.value() != null).toList();
            values.register(kpis.stream().map(kpi -> MultiGauge.Row.of(Tags.of("id", kpi.id(), "unit", kpi.unit()), kpi.value())).toList(), true);
            targets.register(kpis.stream().map(kpi -> MultiGauge.Row.of(Tags.of("id", kpi.id(), "unit", kpi.unit()), kpi.target())).toList(), true);
        } catch (RuntimeException e) {
            log.warn("The KPI gauges were not refreshed; the next minute tries again: {}", e.getMessage());
        }
    }
}
