package io.ismsflow.tasks;

import io.ismsflow.web.FormProblems;
import io.ismsflow.web.InvalidFieldsException;
import jakarta.validation.Validator;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A person's delegations: whom they named for their holidays, for whom they stand in, and naming a new one. */
@Controller
class DelegationPages {

    private final Delegations delegations;
    private final Validator validator;
    private final Clock clock;

    DelegationPages(Delegations delegations, Validator validator, Clock clock) {
        this.delegations = delegations;
        this.validator = validator;
        this.clock = clock;
    }

    record DelegationForm(String delegate, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

        DelegationRequest request() {
            return new DelegationRequest(delegate == null || delegate.isBlank() ? null : delegate, startsOn, endsOn);
        }
    }

    @GetMapping("/delegations")
    String list(Principal principal, Model model) {
        LocalDate today = LocalDate.now(clock);
        return page(principal, new DelegationForm(null, today, today.plusWeeks(2)), Map.of(), model);
    }

    @PostMapping("/delegations")
    String name(DelegationForm form, BindingResult binding, Principal principal, Model model) {
        DelegationRequest request = form.request();
        Map<String, String> problems = new TreeMap<>(FormProblems.of(binding, validator.validate(request)));
        if (problems.isEmpty()) {
            try {
                delegations.name(principal.getName(), request);
                return "redirect:/delegations";
            } catch (InvalidFieldsException e) {
                problems.putAll(e.problems());
            }
        }
        return page(principal, form, problems, model);
    }

    @PostMapping("/delegations/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal) {
        delegations.revoke(id, principal.getName());
        return "redirect:/delegations";
    }

    private String page(Principal principal, DelegationForm form, Map<String, String> problems, Model model) {
        model.addAttribute("delegations", delegations.involving(principal.getName()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "delegations";
    }
}
