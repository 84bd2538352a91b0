package io.ismsflow.context;

import io.ismsflow.engine.ProcessCatalogue;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.security.People;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.TrailStories;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The roles pages (5.3): every role with its holders; each role with what it does in the processes, and its history. */
@Controller
class RolePages {

    static final List<String> TASK_GROUPS = List.of(Groups.ISMS_MANAGERS, Groups.RISK_OWNERS, Groups.AUDITORS, Groups.TOP_MANAGEMENT);

    private final IsmsRoles roles;
    private final ProcessCatalogue processes;
    private final People people;
    private final TrailStories stories;
    private final Validator validator;

    RolePages(IsmsRoles roles, ProcessCatalogue processes, People people, TrailStories stories, Validator validator) {
        this.roles = roles;
        this.processes = processes;
        this.people = people;
        this.stories = stories;
        this.validator = validator;
    }

    /** The role screen's fields as the browser posts them; checked as a {@link RoleDraft}. */
    record RoleForm(String name, String taskGroup, String responsibilities, String authorities, List<String> holders, Long version) {

        static RoleForm of(IsmsRole role) {
            return new RoleForm(role.getName(), role.getTaskGroup(), role.getResponsibilities(), role.getAuthorities(), role.getHolders(),
                    role.getVersion());
        }

        RoleDraft draft() {
            return new RoleDraft(blankToNull(name), blankToNull(taskGroup), blankToNull(responsibilities), blankToNull(authorities),
                    holders, version);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.trim();
        }
    }

    @GetMapping("/context/roles")
    String list(Authentication authentication, Model model) {
        model.addAttribute("roles", roles.all());
        model.addAttribute("mayEdit", mayEdit(authentication));
        return "roles";
    }

    @GetMapping("/context/roles/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        IsmsRole role = roles.get(id);
        model.addAttribute("role", role);
        model.addAttribute("tasks", role.getTaskGroup() == null ? List.of() : processes.tasksOf(role.getTaskGroup()));
        model.addAttribute("history", stories.of(roles.trailOf(id)).reversed());
        model.addAttribute("mayEdit", mayEdit(authentication));
        return "role";
    }

    @GetMapping("/context/roles/new")
    String create(Model model) {
        return form(new RoleForm(null, null, null, null, List.of(), null), null, Map.of(), model);
    }

    @PostMapping("/context/roles")
    String define(RoleForm form, BindingResult binding, Authentication authentication, Model model) {
        RoleDraft draft = form.draft();
        Map<String, String> problems = new TreeMap<>(FormProblems.of(binding, validator.validate(draft)));
        if (problems.isEmpty()) {
            try {
                return "redirect:/context/roles/" + roles.define(draft, Actor.of(authentication)).getId();
            } catch (InvalidFieldsException e) {
                problems.putAll(e.problems());
            }
        }
        return form(form, null, problems, model);
    }

    @GetMapping("/context/roles/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        IsmsRole role = roles.get(id);
        return form(RoleForm.of(role), role, Map.of(), model);
    }

    @PostMapping("/context/roles/{id}")
    String change(@PathVariable long id, RoleForm form, BindingResult binding, Authentication authentication, Model model) {
        IsmsRole role = roles.get(id);
        RoleDraft draft = form.draft();
        Map<String, String> problems = new TreeMap<>(FormProblems.of(binding, validator.validate(draft, RoleDraft.OnUpdate.class)));
        if (problems.isEmpty()) {
            try {
                roles.change(id, draft, Actor.of(authentication));
                return "redirect:/context/roles/" + id;
            } catch (InvalidFieldsException e) {
                problems.putAll(e.problems());
            } catch (OptimisticLockingFailureException e) {
                model.addAttribute("problem", role.getCode() + " was changed by someone else while you edited it: "
                        + "your changes are below, the role as it is now is on its page.");
            }
        }
        return form(form, role, problems, model);
    }

    @PostMapping("/context/roles/{id}/retire")
    String retire(@PathVariable long id, Authentication authentication) {
        roles.retire(id, Actor.of(authentication));
        return "redirect:/context/roles/" + id;
    }

    private String form(RoleForm form, IsmsRole role, Map<String, String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("role", role);
        model.addAttribute("problems", problems);
        model.addAttribute("groups", TASK_GROUPS);
        model.addAttribute("everyone", people.everyone());
        return "role-form";
    }

    private static boolean mayEdit(Authentication authentication) {
        return CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS);
    }
}
