package io.ismsflow.risk;

import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.InvalidFieldsException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Significant changes (8.2): the list, recording one (its risks' reviews start), and each with the risks it names. */
@Controller
class ChangePages {

    static final List<ReviewTrigger> KINDS = List.of(ReviewTrigger.CHANGE, ReviewTrigger.INCIDENT, ReviewTrigger.NONCONFORMITY,
            ReviewTrigger.AUDIT_FINDING);

    private final RiskChanges changes;
    private final RiskRegister risks;
    private final Validator validator;
    private final Clock clock;

    ChangePages(RiskChanges changes, RiskRegister risks, Validator validator, Clock clock) {
        this.changes = changes;
        this.risks = risks;
        this.validator = validator;
        this.clock = clock;
    }

    /** The record screen's fields; controls as one comma-separated field. */
    record ChangeForm(String title, String description, ReviewTrigger kind, String sourceReference,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate takesEffectOn, String affectedAssets, List<Long> risks,
                      String controls) {

        ChangeDraft draft() {
            return new ChangeDraft(blankToNull(title), blankToNull(description), kind, blankToNull(sourceReference), takesEffectOn,
                    blankToNull(affectedAssets), risks == null ? List.of() : risks,
                    controls == null ? List.of() : Arrays.stream(controls.split("[,;\\s]+")).filter(id -> !id.isBlank()).toList());
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.trim();
        }
    }

    @GetMapping("/changes")
    String list(Authentication authentication, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ChangeForm(null, null, ReviewTrigger.CHANGE, null, LocalDate.now(clock), null, List.of(), null));
            model.addAttribute("problems", Map.of());
        }
        model.addAttribute("changes", changes.all());
        model.addAttribute("kinds", KINDS);
        model.addAttribute("risks", risks.all());
        model.addAttribute("mayRecord", CurrentUser.of(authentication).groups().stream()
                .anyMatch(List.of(Groups.ISMS_MANAGERS, Groups.RISK_OWNERS)::contains));
        return "changes";
    }

    @PostMapping("/changes")
    String record(@ModelAttribute("form") ChangeForm form, BindingResult binding, Authentication authentication, Model model,
                  RedirectAttributes redirect) {
        ChangeDraft draft = form.draft();
        Map<String, String> problems = new TreeMap<>(FormProblems.of(binding, validator.validate(draft)));
        if (problems.isEmpty()) {
            try {
                RiskChanges.Recorded recorded = changes.record(draft, Actor.of(authentication));
                redirect.addFlashAttribute("notice", "%s is recorded; reviews started for %d of its %d risks."
                        .formatted(recorded.change().code(), recorded.reviewsStarted().size(), draft.risks().size()));
                return "redirect:/changes/" + recorded.change().id();
            } catch (InvalidFieldsException e) {
                problems.putAll(e.problems());
            }
        }
        model.addAttribute("problems", problems);
        return list(authentication, model);
    }

    @GetMapping("/changes/{id}")
    String show(@PathVariable long id, Model model) {
        ChangeRecord change = changes.get(id);
        model.addAttribute("change", change);
        model.addAttribute("affected", change.risks().stream().map(ChangeRecord.AffectedRisk::riskId).filter(risks::exists).map(risks::get).toList());
        return "change";
    }
}
