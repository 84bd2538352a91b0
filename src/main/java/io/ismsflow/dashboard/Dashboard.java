package io.ismsflow.dashboard;

import io.ismsflow.engine.ProcessCatalogue;
import io.ismsflow.measurement.Measurement;
import io.ismsflow.measurement.Metric;
import io.ismsflow.measurement.Metrics;
import io.ismsflow.review.ManagementReviews;
import io.ismsflow.risk.RiskHeatMap;
import io.ismsflow.tasks.StepFigures;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The management dashboard's figures: a tile per built-in metric (value, target, status, twelve months of trend), the
 * management review's standing, the risk heat map and each process's steps. Every figure comes from aggregate SQL: the
 * metrics' daily samples, the heat map's and the task table's group-bys.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

    /** Where a tile leads: the list behind the figure. */
    private static final Map<String, String> LISTS = Map.ofEntries(
            Map.entry("controls-implemented", "/controls?applicable=yes"),
            Map.entry("risks-above-appetite", "/risks?sort=level"),
            Map.entry("overdue-risk-reviews", "/risks?sort=review"),
            Map.entry("open-nonconformities", "/nonconformities"),
            Map.entry("open-major-nonconformities", "/nonconformities?severity=MAJOR"),
            Map.entry("nonconformities-open-over-90-days", "/nonconformities?olderThanDays=90"),
            Map.entry("nonconformities-open-under-30-days", "/nonconformities"),
            Map.entry("nonconformities-open-30-to-90-days", "/nonconformities?olderThanDays=30"),
            Map.entry("open-manager-escalations", "/tasks?view=all&overdue=true"),
            Map.entry("audit-nonconformities-this-year", "/audit-programmes"),
            Map.entry("audit-opportunities-this-year", "/improvements"),
            Map.entry("actions-done-on-time", "/nonconformities"),
            Map.entry("days-to-close-nonconformity", "/nonconformities?state=CLOSED"),
            Map.entry("effective-at-first-verification", "/nonconformities"),
            Map.entry("overdue-tasks", "/tasks?view=all&overdue=true"),
            Map.entry("documents-past-review", "/documents"),
            Map.entry("open-top-escalations", "/tasks?view=all&overdue=true"),
            Map.entry("audit-programme-completion", "/audit-programmes"));

    /**
     * A KPI tile.
     *
     * @param status ON_TARGET, WARNING, OFF_TARGET or NO_DATA
     * @param trend the last value of each of the last twelve months, oldest first (null for a month without one)
     */
    public record Kpi(String id, String label, BigDecimal value, String unit, BigDecimal target, String status, List<BigDecimal> trend,
                      String definition, String link) {
    }

    /** A process as management sees it: open tasks and overdue ones by step, and how long each step took. */
    public record ProcessFigures(String name, long open, long overdue, List<Step> steps) {
    }

    /** A step of a process: open and overdue tasks now; tasks completed in the period, median and 90th-percentile time. */
    public record Step(String elementId, String name, long open, long overdue, long completed, Duration median, Duration p90) {
    }

    public record Figures(List<Kpi> kpis, ManagementReviews.Standing review, RiskHeatMap.HeatMap heatmap, Map<String, ProcessFigures> processes) {
    }

    private final Metrics metrics;
    private final ManagementReviews reviews;
    private final RiskHeatMap heatMap;
    private final StepFigures steps;
    private final ProcessCatalogue catalogue;
    private final Clock clock;

    Dashboard(Metrics metrics, ManagementReviews reviews, RiskHeatMap heatMap, StepFigures steps, ProcessCatalogue catalogue, Clock clock) {
        this.metrics = metrics;
        this.reviews = reviews;
        this.heatMap = heatMap;
        this.steps = steps;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** @param period how far back the cycle times reach */
    public Figures figures(Duration period) {
        return new Figures(kpis(), reviewStanding(), heatMap(), processes(period));
    }

    public List<Kpi> kpis() {
        return metrics.catalogue().stream().filter(metric -> metric.getKind() == Metric.Kind.AUTOMATIC).map(this::kpi).toList();
    }

    private Kpi kpi(Metric metric) {
        List<Measurement> series = metrics.series(metric.getId());
        Optional<Measurement> latest = series.stream().findFirst();
        return new Kpi(metric.getKey(), metric.getName(), latest.map(Measurement::value).orElse(null), metric.getUnit(), metric.getTarget(),
                latest.map(result -> result.evaluation().name()).orElse("NO_DATA"), monthly(series), metric.getMethod(),
                LISTS.getOrDefault(metric.getKey().startsWith("controls-implemented") ? "controls-implemented" : metric.getKey(),
                        "/metrics/" + metric.getId()));
    }

    /** The last result of each of the last twelve months, oldest first: the tile's sparkline. */
    private List<BigDecimal> monthly(List<Measurement> newestFirst) {
        Map<String, BigDecimal> lastOfMonth = new LinkedHashMap<>();
        newestFirst.forEach(result -> lastOfMonth.putIfAbsent(result.period().substring(0, 7), result.value()));
        YearMonth now = YearMonth.now(clock);
        List<BigDecimal> trend = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            trend.add(lastOfMonth.get(now.minusMonths(back).toString()));
        }
        return trend;
    }

    public ManagementReviews.Standing reviewStanding() {
        return reviews.standing();
    }

    public RiskHeatMap.HeatMap heatMap() {
        return heatMap.current();
    }

    /** @param period how far back the cycle times reach */
    public Map<String, ProcessFigures> processes(Duration period) {
        Map<String, List<StepFigures.OpenStep>> open = steps.open().stream()
                .collect(Collectors.groupingBy(StepFigures.OpenStep::processId, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<StepFigures.StepCycle>> cycles = steps.cycleTimes(clock.instant().minus(period)).stream()
                .collect(Collectors.groupingBy(StepFigures.StepCycle::processId, LinkedHashMap::new, Collectors.toList()));
        Map<String, ProcessFigures> processes = new LinkedHashMap<>();
        catalogue.processIds().forEach(id -> {
            Map<String, Step> byStep = new LinkedHashMap<>();
            open.getOrDefault(id, List.of()).forEach(step -> byStep.put(step.elementId(), new Step(step.elementId(), step.name(), step.open(),
                    step.overdue(), 0, null, null)));
            cycles.getOrDefault(id, List.of()).forEach(cycle -> byStep.merge(cycle.elementId(), new Step(cycle.elementId(), cycle.name(), 0, 0,
                    cycle.completed(), cycle.median(), cycle.p90()), (now, done) -> new Step(now.elementId(), now.name(), now.open(), now.overdue(),
                    done.completed(), done.median(), done.p90())));
            List<Step> steps = List.copyOf(byStep.values());
            processes.put(id, new ProcessFigures(catalogue.processName(id), steps.stream().mapToLong(Step::open).sum(),
                    steps.stream().mapToLong(Step::overdue).sum(), steps));
        });
        return processes;
    }
}
