package io.ismsflow.measurement;

import io.ismsflow.web.Csv;
import io.ismsflow.web.Labels;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The metric catalogue (the 9.1 table an auditor asks for: what, how, when, who) and each metric's results. */
@Controller
class MetricPages {

    private final Metrics metrics;
    private final Labels labels;

    MetricPages(Metrics metrics, Labels labels) {
        this.metrics = metrics;
        this.labels = labels;
    }

    @GetMapping("/metrics")
    String catalogue(Model model) {
        model.addAttribute("metrics", metrics.catalogue());
        model.addAttribute("latest", latestOfAll());
        return "metrics";
    }

    @GetMapping("/metrics/{id}")
    String metric(@PathVariable long id, Model model) {
        model.addAttribute("metric", metrics.get(id));
        model.addAttribute("series", metrics.series(id));
        return "metric";
    }

    /** The catalogue as CSV (UTF-8 with a byte order mark, so spreadsheets read it right). */
    @GetMapping("/metrics.csv")
    ResponseEntity<byte[]> export() {
        Map<Long, Optional<Measurement>> latest = latestOfAll();
        return Csv.download("metric-catalogue.csv", Stream.concat(Stream.of(Csv.row("Metric", "Measures", "Method", "Unit", "Direction", "Target", "Warning", "Frequency",
                        "Measured by", "Evaluated by", "Latest value", "Latest period", "Evaluation")),
                metrics.catalogue().stream().map(metric -> {
                    Optional<Measurement> last = latest.get(metric.getId());
                    return Csv.row(metric.getName(), metric.getMeasures(), metric.getMethod(), metric.getUnit(), labels.of(metric.getDirection()),
                            metric.getTarget().toPlainString(), metric.getWarning().toPlainString(), metric.getFrequency(), metric.getMeasuredBy(),
                            metric.getEvaluatedBy(), last.map(m -> m.value().toPlainString()).orElse(null), last.map(Measurement::period).orElse(null),
                            last.map(m -> labels.of(m.evaluation())).orElse(null));
                })).toList());
    }

    private Map<Long, Optional<Measurement>> latestOfAll() {
        return metrics.catalogue().stream().collect(Collectors.toMap(Metric::getId, metric -> metrics.latest(metric.getId())));
    }
}
