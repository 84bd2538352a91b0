package io.ismsflow.corrective;

import io.ismsflow.evidence.EvidenceFile;
import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.evidence.EvidenceRefusedException;
import io.ismsflow.evidence.Upload;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.tasks.ProcessProgress;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.Listing;
import io.ismsflow.web.PageLinks;
import io.ismsflow.web.RefusedException;
import io.ismsflow.web.TrailStories;
import jakarta.validation.Validator;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The nonconformities as pages: the list with a form to raise one, and one with its actions and timeline. */
@Controller
class NonconformityPages {

    private final Nonconformities nonconformities;
    private final CorrectiveActionProcess process;
    private final Validator validator;
    private final TrailStories stories;
    private final ProcessProgress progress;
    private final EvidenceFiles evidence;

    NonconformityPages(Nonconformities nonconformities, CorrectiveActionProcess process, Validator validator, TrailStories stories,
                       ProcessProgress progress, EvidenceFiles evidence) {
        this.nonconformities = nonconformities;
        this.process = process;
        this.validator = validator;
        this.stories = stories;
        this.progress = progress;
        this.evidence = evidence;
    }

    /** Each action's evidence files, by action id. */
    Map<Long, List<EvidenceFile>> evidenceOf(List<CorrectiveAction> actions) {
        Map<Long, List<EvidenceFile>> files = new java.util.HashMap<>();
        actions.forEach(action -> files.put(action.getId(), evidence.of(ActionEvidence.OWNER, String.valueOf(action.getId()))));
        return files;
    }

    /** What the raise form submits: controls as free text ("5.15, 8.13"), the rest as the API takes it. */
    record RaiseForm(NonconformitySource source, String sourceReference, String title, String description, String area,
                     Severity severity, String owner, String controls) {

        NonconformityDraft draft() {
            List<String> ids = controls == null ? List.of()
                    : Arrays.stream(controls.split("[,;\\s]+")).filter(id -> !id.isBlank()).toList();
            return new NonconformityDraft(null, source, blankToNull(sourceReference), title, description, blankToNull(area),
                    severity, owner, ids, List.of());
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }

    @GetMapping("/nonconformities")
    String list(@RequestParam(required = false) NonconformityState state, @RequestParam(required = false) Severity severity,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        List<Nonconformity> found = nonconformities.find(state, severity, null).stream()
                .filter(nc -> q == null || q.isBlank() || (nc.getCode() + " " + nc.getTitle() + " " + Objects.toString(nc.getSourceReference(), ""))
                        .toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT).trim()))
                .toList();
        model.addAttribute("nonconformities", Listing.of(found, page));
        model.addAttribute("states", NonconformityState.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("sources", NonconformitySource.values());
        model.addAttribute("state", state);
        model.addAttribute("severity", severity);
        model.addAttribute("q", q);
        return "nonconformities";
    }

    /** Raises a nonconformity and starts its process; problems come back next to the form. */
    @PostMapping("/nonconformities")
    String raise(RaiseForm form, BindingResult binding, Principal principal, Model model) {
        NonconformityDraft draft = form.draft();
        Map<String, String> problems = FormProblems.of(binding, validator.validate(draft));
        if (problems.isEmpty()) {
            try {
                return "redirect:/nonconformities/" + process.raise(draft, Actor.of(principal)).getId();
            } catch (InvalidFieldsException e) {
                problems = e.problems();
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("raise", form);
        return list(null, null, null, 1, model);
    }

    /**
     * Attaches a file as evidence of a corrective action, by its owner or an ISMS manager; back to the page it came from
     * (the action's task, or the nonconformity), with what the evidence store said.
     */
    @PostMapping("/corrective-actions/{actionId}/evidence")
    String attach(@PathVariable long actionId, @RequestParam MultipartFile file, @RequestParam(required = false) String back,
                  Authentication authentication, RedirectAttributes redirect) throws IOException {
        CorrectiveAction action = nonconformities.action(actionId);
        CurrentUser user = CurrentUser.of(authentication);
        if (!user.name().equals(action.getOwner()) && !user.groups().contains(Groups.ISMS_MANAGERS)) {
            throw new RefusedException("Evidence of \"" + action.getTitle() + "\" is added by its owner or an ISMS manager");
        }
        try {
            EvidenceFile stored = evidence.upload(new Upload(ActionEvidence.OWNER, String.valueOf(actionId), file.getOriginalFilename(), file.getBytes()),
                    user.name());
            nonconformities.evidenceAdded(actionId, stored, Actor.of(authentication));
            redirect.addFlashAttribute("notice", stored.getFilename() + " is kept as evidence of \"" + action.getTitle() + "\".");
        } catch (EvidenceRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return PageLinks.redirectBack(back, "/nonconformities/" + action.getNonconformityId());
    }

    @GetMapping("/nonconformities/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("nc", nonconformities.get(id));
        model.addAttribute("actions", nonconformities.actionsOf(id));
        model.addAttribute("files", evidenceOf(nonconformities.actionsOf(id)));
        List<TrailEntry> trail = nonconformities.trailOf(id);
        model.addAttribute("history", stories.of(trail).reversed());
        Long instance = nonconformities.get(id).getProcessInstanceKey();
        if (instance != null) {
            model.addAttribute("progress", progress.of(CorrectiveActionProcess.PROCESS_ID, instance, trail.stream()
                    .filter(entry -> instance.equals(entry.processInstanceKey())).map(TrailEntry::elementId).toList()));
        }
        return "nonconformity";
    }
}
