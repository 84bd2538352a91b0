package io.ismsflow.measurement;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Metrics", description = "Monitoring and measurement (9.1): the metric catalogue and its results")
@RestController
@RequestMapping("/api/metrics")
class MetricController {

    private final Metrics metrics;

    MetricController(Metrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping
    List<Metric> catalogue() {
        return metrics.catalogue();
    }

    @GetMapping("/{id}")
    Metric metric(@PathVariable long id) {
        return metrics.get(id);
    }

    /** The metric's results, the newest first. */
    @GetMapping("/{id}/measurements")
    List<Measurement> measurements(@PathVariable long id) {
        return metrics.series(id);
    }
}
