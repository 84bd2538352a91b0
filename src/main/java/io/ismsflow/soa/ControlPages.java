package io.ismsflow.soa;

import io.ismsflow.evidence.EvidenceFile;
import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.evidence.EvidenceRefusedException;
import io.ismsflow.evidence.Upload;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.Listing;
import io.ismsflow.web.TrailStories;
import jakarta.validation.Validator;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Statement of Applicability's pages: all controls with filters, and each control with its risks and history. */
@Controller
class ControlPages {

    static final String EVIDENCE_OWNER = "control";

    private final StatementOfApplicability soa;
    private final RiskRegister risks;
    private final TrailStories stories;
    private final Validator validator;
    private final EvidenceFiles evidence;
    private final List<ControlReferences> references;
    private final SoaIssues issues;

    private final ControlAudits audits;

    ControlPages(StatementOfApplicability soa, RiskRegister risks, TrailStories stories, Validator validator, EvidenceFiles evidence,
                 List<ControlReferences> references, SoaIssues issues, ControlAudits audits) {
        this.soa = soa;
        this.audits = audits;
        this.risks = risks;
        this.stories = stories;
        this.validator = validator;
        this.evidence = evidence;
        this.references = references;
        this.issues = issues;
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
        issues.latestIssued().ifPresent(latest -> {
            model.addAttribute("issued", latest);
            model.addAttribute("changedSinceIssue", issues.changedSince(latest).size());
        });
        return "controls";
    }

    @GetMapping("/controls/{id}")
    String show(@PathVariable String id, Authentication authentication, Model model) {
        Control control = soa.get(id);
        model.addAttribute("control", control);
        model.addAttribute("linkedRisks", soa.risksTreatedBy(id).stream().filter(risks::exists).map(risks::get)
                .sorted(java.util.Comparator.comparing(Risk::getId)).toList());
        model.addAttribute("history", stories.of(soa.trailOf(id)).reversed());
        model.addAttribute("mayDecide", CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS));
        model.addAttribute("files", evidence.of(EVIDENCE_OWNER, id));
        model.addAttribute("lastAudit", audits.latest(id).orElse(null));
        model.addAttribute("references", references.stream().flatMap(source -> source.referencesTo(control.getId()).stream()).toList());
        return "control";
    }

    /** Attaches a file as evidence of the control (the evidence store checks what it is); problems come back on the page. */
    @PostMapping("/controls/{id}/evidence")
    String attach(@PathVariable String id, @RequestParam MultipartFile file, Principal principal, RedirectAttributes redirect)
            throws IOException {
        Control control = soa.get(id);
        try {
            EvidenceFile stored = evidence.upload(new Upload(EVIDENCE_OWNER, control.getId(), file.getOriginalFilename(), file.getBytes()),
                    principal.getName());
            soa.evidenceAdded(id, stored, Actor.of(principal));
            redirect.addFlashAttribute("notice", stored.getFilename() + " is kept as evidence of " + id + ".");
        } catch (EvidenceRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/controls/" + id;
    }

    @GetMapping("/controls/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Control control = soa.get(id);
        return form(control, ControlForm.of(control), Map.of(), model);
    }

    /** Records the decision (6.1.3 d); every inclusion and exclusion needs its justification. */
    @PostMapping("/controls/{id}")
    String decide(@PathVariable String id, ControlForm form, BindingResult binding, Principal principal, Model model) {
        Control control = soa.get(id);
        ControlDecision decision = form.decision();
        Map<String, String> problems = new TreeMap<>(FormProblems.of(binding, validator.validate(decision)));
        if (problems.isEmpty()) {
            try {
                soa.decide(id, decision, Actor.of(principal));
                return "redirect:/controls/" + id;
            } catch (InvalidFieldsException e) {
                problems.putAll(e.problems());
            } catch (OptimisticLockingFailureException e) {
                model.addAttribute("problem", "Control " + id + " was changed by someone else while you edited it: "
                        + "your decision is below, the control as it is now is on its page.");
            }
        }
        return form(control, form, problems, model);
    }

    private String form(Control control, ControlForm form, Map<String, String> problems, Model model) {
        model.addAttribute("control", control);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("reasons", InclusionReason.values());
        model.addAttribute("statuses", ImplementationStatus.values());
        return "control-form";
    }

    /** "yes", "no" or "undecided", as the applicability filter names them. */
    static String applicability(Control control) {
        return control.getApplicable() == null ? "undecided" : control.getApplicable() ? "yes" : "no";
    }
}
