package io.ismsflow.risk;

import io.ismsflow.engine.ProcessCatalogue;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.security.People;
import io.ismsflow.tasks.ProcessProgress;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.Listing;
import io.ismsflow.web.TrailStories;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The risk register's pages: the list with filters, and each risk with its matrix, assessments and history. */
@Controller
class RiskPages {

    private final RiskRegister register;
    private final RiskReviews reviews;
    private final TrailStories stories;
    private final Validator validator;
    private final ProcessProgress progress;
    private final TreatmentPlans treatments;
    private final ProcessCatalogue processes;
    private final People people;

    RiskPages(RiskRegister register, RiskReviews reviews, TrailStories stories, Validator validator, ProcessProgress progress, TreatmentPlans treatments, People people, ProcessCatalogue processes) {
        this.register = register;
        this.reviews = reviews;
        this.stories = stories;
        this.validator = validator;
        this.progress = progress;
        this.treatments = treatments;
        this.processes = processes;
        this.people = people;
    }

    @GetMapping("/risks")
    String list(@RequestParam(required = false) RiskLevel level, @RequestParam(required = false) RiskStatus status,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "code") String sort,
                @RequestParam(required = false) Integer likelihood, @RequestParam(required = false) Integer impact,
                @RequestParam(defaultValue = "true") boolean residual, @RequestParam(defaultValue = "1") int page, Model model) {
        List<Risk> risks = register.all().stream()
                .filter(risk -> level == null || risk.getResidualLevel() == level)
                .filter(risk -> likelihood == null || (residual ? risk.getResidualLikelihood() : risk.getLikelihood()) == likelihood)
                .filter(risk -> impact == null || (residual ? risk.getResidualImpact() : risk.getImpact()) == impact)
                .filter(risk -> likelihood == null || risk.getStatus() != RiskStatus.CLOSED)
                .filter(risk -> status == null || risk.getStatus() == status)
                .filter(risk -> q == null || q.isBlank() || matches(risk, q))
                .sorted(order(sort))
                .toList();
        model.addAttribute("risks", Listing.of(risks, page));
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("statuses", RiskStatus.values());
        model.addAttribute("level", level);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("cell", likelihood == null || impact == null ? null
                : "%s likelihood %d × impact %d".formatted(residual ? "residual" : "inherent", likelihood, impact));
        return "risks";
    }

    @GetMapping("/risks/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        Risk risk = register.get(id);
        RiskMatrix matrix = register.currentMatrix();
        model.addAttribute("risk", risk);
        model.addAttribute("matrix", matrix);
        model.addAttribute("likelihoods", List.of(5, 4, 3, 2, 1));
        model.addAttribute("impacts", List.of(1, 2, 3, 4, 5));
        model.addAttribute("assessments", register.assessmentsOf(id).reversed());
        model.addAttribute("acceptances", register.acceptancesOf(id));
        model.addAttribute("treatmentActions", treatments.of(id));
        model.addAttribute("everyone", people.everyone());
        List<TrailEntry> trail = register.trailOf(id);
        model.addAttribute("history", stories.of(trail).reversed());
        // The latest process the risk went through: a review, or the treatment a review started.
        trail.stream().filter(entry -> entry.processInstanceKey() != null).reduce((first, last) -> last)
                .ifPresent(latest -> model.addAttribute("progress", progress.of(
                        processes.processIdOfElement(latest.elementId()).orElse(RiskReviews.PROCESS_ID), latest.processInstanceKey(),
                        trail.stream().filter(entry -> latest.processInstanceKey().equals(entry.processInstanceKey()))
                                .map(TrailEntry::elementId).toList())));
        boolean editor = CurrentUser.of(authentication).groups().stream().anyMatch(List.of(Groups.ISMS_MANAGERS, Groups.RISK_OWNERS)::contains);
        model.addAttribute("mayEdit", editor);
        model.addAttribute("mayStartReview", editor && risk.getStatus() != RiskStatus.UNDER_REVIEW);
        model.addAttribute("mayDefer", CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS));
        return "risk";
    }

    @GetMapping("/risks/new")
    String create(Authentication authentication, Model model) {
        return form(RiskForm.blank(authentication.getName()), null, Map.of(), model);
    }

    @PostMapping("/risks")
    String identify(RiskForm form, BindingResult binding, Authentication authentication, Model model) {
        RiskDraft draft = form.draft();
        Map<String, String> problems = FormProblems.of(binding, validator.validate(draft));
        if (!problems.isEmpty()) {
            return form(form, null, problems, model);
        }
        return "redirect:/risks/" + register.identify(draft, Actor.of(authentication)).getId();
    }

    @GetMapping("/risks/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return form(RiskForm.of(register.get(id)), register.get(id), Map.of(), model);
    }

    /** Saves the edit; a change made meanwhile by someone else is said at the top, with their version shown. */
    @PostMapping("/risks/{id}")
    String save(@PathVariable long id, RiskForm form, BindingResult binding, Authentication authentication, Model model) {
        Risk risk = register.get(id);
        RiskDraft draft = form.draft();
        Map<String, String> problems = FormProblems.of(binding, validator.validate(draft, RiskDraft.OnUpdate.class));
        if (problems.isEmpty()) {
            try {
                register.edit(id, draft, Actor.of(authentication));
                return "redirect:/risks/" + id;
            } catch (OptimisticLockingFailureException e) {
                model.addAttribute("problem", risk.getCode() + " was changed by someone else while you edited it: "
                        + "your changes are below, the risk as it is now is on its page.");
            }
        }
        return form(form, risk, problems, model);
    }

    private String form(RiskForm form, Risk risk, Map<String, String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("risk", risk);
        model.addAttribute("problems", problems);
        model.addAttribute("scores", List.of(1, 2, 3, 4, 5));
        model.addAttribute("treatments", Treatment.values());
        return "risk-form";
    }

    /** "Review now": starts a review whatever the next review date says. */
    @PostMapping("/risks/{id}/reviews")
    String startReview(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        try {
            reviews.start(id, Actor.of(authentication).person());
            redirect.addFlashAttribute("notice", "The review has started: its owner finds it in their task list.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/risks/" + id;
    }

    /** The treatment action form's fields; checked as a {@link TreatmentActionDraft}. */
    record TreatmentActionForm(String title, String controlId, String owner, String resources,
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate) {

        TreatmentActionDraft draft() {
            return new TreatmentActionDraft(blankToNull(title), blankToNull(controlId), blankToNull(owner), blankToNull(resources), dueDate);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.trim();
        }
    }

    /** Plans a treatment action (6.1.3 e); problems come back on the risk's page. */
    @PostMapping("/risks/{id}/treatment-actions")
    String planTreatmentAction(@PathVariable long id, TreatmentActionForm form, BindingResult binding, Authentication authentication,
                               RedirectAttributes redirect) {
        TreatmentActionDraft draft = form.draft();
        Map<String, String> problems = new TreeMap<>(FormProblems.of(binding, validator.validate(draft)));
        if (problems.isEmpty()) {
            try {
                treatments.plan(register.get(id), draft, Actor.of(authentication));
                redirect.addFlashAttribute("notice", "The action is planned: the next review that decides to modify the risk starts it.");
                return "redirect:/risks/" + id;
            } catch (InvalidFieldsException e) {
                problems.putAll(e.problems());
            }
        }
        redirect.addFlashAttribute("problem", "The action was not planned: " + FormProblems.inOneLine(problems));
        return "redirect:/risks/" + id;
    }

    /** An ISMS manager approves a later review date with the reason (8.2). */
    @PostMapping("/risks/{id}/deferral")
    String defer(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReviewDue,
                 @RequestParam(required = false) String reason, Authentication authentication, RedirectAttributes redirect) {
        if (nextReviewDue == null || reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("problem", "A deferral needs the new date and the reason.");
            return "redirect:/risks/" + id;
        }
        try {
            register.defer(id, nextReviewDue, reason.trim(), Actor.of(authentication));
            redirect.addFlashAttribute("notice", "The next review is due by " + nextReviewDue + ".");
        } catch (InvalidFieldsException e) {
            redirect.addFlashAttribute("problem", "Not deferred: the new date " + e.problems().get("nextReviewDue") + ".");
        }
        return "redirect:/risks/" + id;
    }

    private static boolean matches(Risk risk, String q) {
        String text = String.join(" ", risk.getCode(), risk.getTitle(), risk.getAsset(), risk.getThreat(), risk.getOwner())
                .toLowerCase(Locale.ROOT);
        return text.contains(q.toLowerCase(Locale.ROOT).trim());
    }

    private static Comparator<Risk> order(String sort) {
        return switch (sort) {
            case "level" -> Comparator.comparing(Risk::getResidualLevel).reversed().thenComparing(Risk::getId);
            case "review" -> Comparator.comparing(Risk::getNextReviewDue).thenComparing(Risk::getId);
            default -> Comparator.comparing(Risk::getId);
        };
    }
}
