package io.ismsflow.soa;

import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.web.Listing;
import io.ismsflow.web.TrailStories;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The Statement of Applicability's pages: all controls with filters, and each control with its risks and history. */
@Controller
class ControlPages {

    private final StatementOfApplicability soa;
    private final RiskRegister risks;
    private final TrailStories stories;

    ControlPages(StatementOfApplicability soa, RiskRegister risks, TrailStories stories) {
        this.soa = soa;
        this.risks = risks;
        this.stories = stories;
    }

    @GetMapping("/controls")
    String list(@RequestParam(required = false) Theme theme, @RequestParam(required = false) String applicable,
                @RequestParam(required = false) ImplementationStatus status, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "1") int page, Model model) {
        List<Control> controls = soa.all().stream()
                .filter(control -> theme == null || control.getTheme() == theme)
                .filter(control -> applicable == null || applicable.isBlank() || applicability(control).equals(applicable))
                .filter(control -> status == null || control.getImplementationStatus() == status)
                .filter(control -> q == null || q.isBlank()
                        || (control.getId() + " " + control.getTitle()).toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT).trim()))
                .toList();
        model.addAttribute("controls", Listing.of(controls, page));
        model.addAttribute("themes", Theme.values());
        model.addAttribute("statuses", ImplementationStatus.values());
        model.addAttribute("theme", theme);
        model.addAttribute("applicable", applicable);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        return "controls";
    }

    @GetMapping("/controls/{id}")
    String show(@PathVariable String id, Model model) {
        Control control = soa.get(id);
        model.addAttribute("control", control);
        model.addAttribute("linkedRisks", control.getLinkedRisks().stream().filter(risks::exists).map(risks::get)
                .sorted(java.util.Comparator.comparing(Risk::getId)).toList());
        model.addAttribute("history", stories.of(soa.trailOf(id)).reversed());
        return "control";
    }

    /** "yes", "no" or "undecided", as the applicability filter names them. */
    static String applicability(Control control) {
        return control.getApplicable() == null ? "undecided" : control.getApplicable() ? "yes" : "no";
    }
}
