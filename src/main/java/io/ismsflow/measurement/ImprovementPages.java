package io.ismsflow.measurement;

import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.TrailStories;
import jakarta.validation.Validator;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The improvement register (10.1): filter, propose; each opportunity with its decision and history. */
@Controller
class ImprovementPages {

    private final Improvements improvements;
    private final TrailStories stories;
    private final Validator validator;

    ImprovementPages(Improvements improvements, TrailStories stories, Validator validator) {
        this.improvements = improvements;
        this.stories = stories;
        this.validator = validator;
    }

    record ProposalForm(ImprovementSource source, String sourceReference, String description) {

        ImprovementDraft draft() {
            return new ImprovementDraft(source, sourceReference == null || sourceReference.isBlank() ? null : sourceReference.trim(),
                    description == null || description.isBlank() ? null : description.trim());
        }
    }

    record DecisionForm(ImprovementStatus decision, String reason, String linkedReference, Long version) {

        ImprovementDecision toDecision() {
            return new ImprovementDecision(decision, reason == null || reason.isBlank() ? null : reason.trim(),
                    linkedReference == null || linkedReference.isBlank() ? null : linkedReference.trim(), version);
        }
    }

    @GetMapping("/improvements")
    String list(@RequestParam(required = false) ImprovementStatus status, @RequestParam(required = false) ImprovementSource source,
                Authentication authentication, Model model) {
        model.addAttribute("improvements", improvements.all().stream()
                .filter(improvement -> status == null || improvement.getStatus() == status)
                .filter(improvement -> source == null || improvement.getSource() == source).toList());
        model.addAttribute("statuses", ImprovementStatus.values());
        model.addAttribute("sources", ImprovementSource.values());
        model.addAttribute("status", status);
        model.addAttribute("source", source);
        model.addAttribute("mayPropose", CurrentUser.of(authentication).isContributor());
        return "improvements";
    }

    @PostMapping("/improvements")
    String propose(ProposalForm form, BindingResult binding, Authentication authentication, RedirectAttributes redirect) {
        ImprovementDraft draft = form.draft();
        Map<String, String> problems = FormProblems.of(binding, validator.validate(draft));
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problem", "Not proposed: " + FormProblems.inOneLine(problems));
            return "redirect:/improvements";
        }
        return "redirect:/improvements/" + improvements.propose(draft, Actor.of(authentication)).getId();
    }

    @GetMapping("/improvements/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("improvement", improvements.get(id));
        model.addAttribute("history", stories.of(improvements.trailOf(id)).reversed());
        model.addAttribute("decisions", new ImprovementStatus[] {ImprovementStatus.ADOPTED, ImprovementStatus.DEFERRED,
                ImprovementStatus.REJECTED, ImprovementStatus.DONE});
        model.addAttribute("mayDecide", CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS));
        return "improvement";
    }

    @PostMapping("/improvements/{id}/decision")
    String decide(@PathVariable long id, DecisionForm form, BindingResult binding, Authentication authentication, RedirectAttributes redirect) {
        ImprovementDecision decision = form.toDecision();
        Map<String, String> problems = FormProblems.of(binding, validator.validate(decision));
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problem", "Not decided: " + FormProblems.inOneLine(problems));
            return "redirect:/improvements/" + id;
        }
        try {
            improvements.decide(id, decision, Actor.of(authentication));
        } catch (ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/improvements/" + id;
    }
}
