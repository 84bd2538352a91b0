package io.ismsflow.measurement;

import io.ismsflow.trail.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    /** Defines a manual metric (201); its measurement starts when its first period ends. ISMS managers. */
    @PostMapping
    ResponseEntity<Metric> define(@Valid @RequestBody MetricDraft draft, Principal principal) {
        Metric metric = metrics.defineManual(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/metrics/" + metric.getId())).body(metric);
    }

    /** Changes a manual metric's definition, with the reason (409 for a built-in one, or when changed meanwhile). ISMS managers. */
    @PutMapping("/{id}")
    Metric revise(@PathVariable long id, @Valid @RequestBody MetricRevision revision, Principal principal) {
        return metrics.revise(id, revision, Actor.of(principal));
    }

    /** Sets any metric's target, warning and evaluator, with the reason (409 when changed meanwhile). ISMS managers. */
    @PutMapping("/{id}/thresholds")
    Metric changeThresholds(@PathVariable long id, @Valid @RequestBody MetricThresholds thresholds, Principal principal) {
        return metrics.changeThresholds(id, thresholds, Actor.of(principal));
    }
}
