package io.ismsflow.measurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The objectives (6.2) with how each stands, and each with its plan, its metrics and its history. */
@Controller
class ObjectivePages {

    private final Objectives objectives;
    private final Metrics metrics;
    private final Clock clock;

    ObjectivePages(Objectives objectives, Metrics metrics, Clock clock) {
        this.objectives = objectives;
        this.metrics = metrics;
        this.clock = clock;
    }

    @GetMapping("/objectives")
    String list(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("standings", objectives.all().stream().map(objective -> objectives.standing(objective.getId(), today)).toList());
        return "objectives";
    }

    @GetMapping("/objectives/{id}")
    String show(@PathVariable long id, Model model) {
        Objectives.Standing standing = objectives.standing(id, LocalDate.now(clock));
        model.addAttribute("standing", standing);
        Map<Long, Metric> catalogue = metrics.catalogue().stream().collect(Collectors.toMap(Metric::getId, Function.identity()));
        model.addAttribute("linked", standing.objective().getMetrics().stream().map(catalogue::get).toList());
        model.addAttribute("latest", standing.objective().getMetrics().stream().collect(Collectors.toMap(Function.identity(), metrics::latest)));
        return "objective";
    }
}
