package io.ismsflow.risk;

import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.TrailStories;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The risk criteria pages (6.1.2 a): the method an auditor asks for, its versions and their approvals; propose new criteria. */
@Controller
class RiskCriteriaPages {

    private final RiskCriteria criteria;
    private final TrailStories stories;
    private final Validator validator;

    RiskCriteriaPages(RiskCriteria criteria, TrailStories stories, Validator validator) {
        this.criteria = criteria;
        this.stories = stories;
        this.validator = validator;
    }

    @GetMapping("/risks/criteria")
    String show(Authentication authentication, Model model) {
        model.addAttribute("current", criteria.current());
        model.addAttribute("proposal", criteria.proposal().orElse(null));
        model.addAttribute("versions", criteria.versions());
        model.addAttribute("history", stories.of(criteria.trail()).reversed());
        model.addAttribute("mayPropose", CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS));
        return "risk-criteria";
    }

    /** A proposal starts from the criteria in force, or from the last one sent back, to answer its reason. */
    @GetMapping("/risks/criteria/new")
    String create(Model model) {
        RiskMatrix start = criteria.versions().stream().filter(v -> v.status() == CriteriaStatus.REJECTED).findFirst()
                .filter(rejected -> rejected.id() > criteria.current().id()).orElse(criteria.current());
        return form(CriteriaForm.of(CriteriaDraft.of(start)), start.status() == CriteriaStatus.REJECTED ? start : null, Map.of(), model);
    }

    @PostMapping("/risks/criteria")
    String propose(@ModelAttribute("form") CriteriaForm form, BindingResult binding, Authentication authentication, Model model) {
        CriteriaDraft draft = form.draft();
        Map<String, String> problems = new TreeMap<>(FormProblems.of(binding, validator.validate(draft)));
        if (problems.isEmpty()) {
            try {
                criteria.propose(draft, Actor.of(authentication));
                return "redirect:/risks/criteria";
            } catch (InvalidFieldsException e) {
                problems.putAll(e.problems());
            } catch (ConflictException e) {
                model.addAttribute("problem", e.getMessage());
            }
        }
        return form(form, null, problems, model);
    }

    private String form(CriteriaForm form, RiskMatrix sentBack, Map<String, String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("sentBack", sentBack);
        model.addAttribute("problems", problems);
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("authorities", AcceptanceAuthority.values());
        model.addAttribute("scores", List.of(1, 2, 3, 4, 5));
        return "risk-criteria-form";
    }
}
