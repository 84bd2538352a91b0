package io.ismsflow.corrective;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The nonconformities as pages: the list, and one with its actions and timeline. */
@Controller
class NonconformityPages {

    private final Nonconformities nonconformities;

    NonconformityPages(Nonconformities nonconformities) {
        this.nonconformities = nonconformities;
    }

    @GetMapping("/nonconformities")
    String list(Model model) {
        model.addAttribute("nonconformities", nonconformities.find(null, null, null));
        return "nonconformities";
    }

    @GetMapping("/nonconformities/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("nc", nonconformities.get(id));
        model.addAttribute("actions", nonconformities.actionsOf(id));
        model.addAttribute("timeline", nonconformities.timeline(id));
        return "nonconformity";
    }
}
