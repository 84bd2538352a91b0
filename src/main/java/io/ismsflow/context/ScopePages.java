package io.ismsflow.context;

import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.TrailStories;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The scope pages (4.3): the scope in force, the version being drafted, earlier versions and the history. */
@Controller
class ScopePages {

    private final IsmsScope scope;
    private final TrailStories stories;
    private final Validator validator;

    ScopePages(IsmsScope scope, TrailStories stories, Validator validator) {
        this.scope = scope;
        this.stories = stories;
        this.validator = validator;
    }

    @GetMapping("/context/scope")
    String show(Authentication authentication, Model model) {
        model.addAttribute("current", scope.current().orElse(null));
        model.addAttribute("draft", scope.openDraft().orElse(null));
        model.addAttribute("versions", scope.versions());
        model.addAttribute("history", stories.of(scope.trail()).reversed());
        model.addAttribute("mayEdit", CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS));
        return "scope";
    }

    /** The open draft to change, or a new draft that starts from the scope in force. */
    @GetMapping("/context/scope/draft")
    String edit(Model model) {
        Optional<ScopeVersion> open = scope.openDraft();
        ScopeForm form = open.map(draft -> ScopeForm.of(draft, true))
                .or(() -> scope.current().map(current -> ScopeForm.of(current, false)))
                .orElseGet(ScopeForm::blank);
        return form(form, open.orElse(null), Map.of(), model);
    }

    @PostMapping("/context/scope/draft")
    String save(@ModelAttribute("form") ScopeForm form, BindingResult binding, Authentication authentication, Model model) {
        ScopeDraft draft = form.draft();
        Optional<ScopeVersion> open = scope.openDraft();
        Map<String, String> problems = FormProblems.of(binding, open.isPresent()
                ? validator.validate(draft, ScopeDraft.OnUpdate.class) : validator.validate(draft));
        if (problems.isEmpty()) {
            try {
                if (open.isPresent()) {
                    scope.change(open.get().getId(), draft, Actor.of(authentication));
                } else {
                    scope.draft(draft, Actor.of(authentication));
                }
                return "redirect:/context/scope";
            } catch (OptimisticLockingFailureException | ConflictException e) {
                model.addAttribute("problem", "The draft was changed or submitted meanwhile: " + e.getMessage());
            }
        }
        return form(form.withSpareRows(), open.orElse(null), problems, model);
    }

    @PostMapping("/context/scope/{id}/submit")
    String submit(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        try {
            scope.submit(id, Actor.of(authentication));
            redirect.addFlashAttribute("notice", "The draft is with top management for approval.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/context/scope";
    }

    private String form(ScopeForm form, ScopeVersion draft, Map<String, String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("draft", draft);
        model.addAttribute("problems", problems);
        return "scope-form";
    }
}
