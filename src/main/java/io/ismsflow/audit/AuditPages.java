package io.ismsflow.audit;

import io.ismsflow.evidence.EvidenceFile;
import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.evidence.EvidenceRefusedException;
import io.ismsflow.evidence.Upload;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.security.People;
import io.ismsflow.tasks.ProcessProgress;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.RefusedException;
import io.ismsflow.web.TrailStories;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The internal audit's pages: the programmes and each programme's year, each audit with its checklist, findings and
 * report (the auditors record them here as drafts; the tasks confirm), and the audit universe.
 */
@Controller
class AuditPages {

    static final String EVIDENCE_OWNER = "audit";

    private final AuditProgrammes programmes;
    private final Audits audits;
    private final AuditViews views;
    private final AuditUniverse universe;
    private final EvidenceFiles evidence;
    private final ProcessProgress progress;
    private final TrailStories stories;
    private final People people;
    private final Clock clock;

    AuditPages(AuditProgrammes programmes, Audits audits, AuditViews views, AuditUniverse universe, EvidenceFiles evidence,
               ProcessProgress progress, TrailStories stories, People people, Clock clock) {
        this.programmes = programmes;
        this.audits = audits;
        this.views = views;
        this.universe = universe;
        this.evidence = evidence;
        this.progress = progress;
        this.stories = stories;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/audit-programmes")
    String programmes(Authentication authentication, Model model) {
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("programmes", programmes.all().stream().map(views::of).toList());
        model.addAttribute("mayPlan", isIsmsManager(authentication));
        model.addAttribute("cycles", List.of(year, year + 1).stream().filter(cycle -> !programmes.exists(cycle)).toList());
        return "audit-programmes";
    }

    /** Requests a cycle's programme; its process proposes the audits for approval. */
    @PostMapping("/audit-programmes")
    String request(@RequestParam int cycle, Authentication authentication, RedirectAttributes redirect) {
        return attempt(redirect, "/audit-programmes", () -> {
            programmes.request(cycle, Actor.of(authentication));
            redirect.addFlashAttribute("notice", "The %d programme is requested: its audits are proposed in a moment, for your approval.".formatted(cycle));
            return "/audit-programmes/" + cycle;
        });
    }

    @GetMapping("/audit-programmes/{cycle}")
    String programme(@PathVariable int cycle, Authentication authentication, Model model) {
        AuditProgramme programme = programmes.ofCycle(cycle);
        AuditViews.ProgrammeView view = views.of(programme);
        model.addAttribute("view", view);
        model.addAttribute("programme", programme);
        model.addAttribute("months", Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList());
        model.addAttribute("mayChange", isIsmsManager(authentication) && programme.getStatus() == ProgrammeStatus.PROPOSED);
        model.addAttribute("areas", universe.active());
        model.addAttribute("history", stories.of(programmes.trailOf(programme.getId())).reversed());
        return "audit-programme";
    }

    @PostMapping("/audit-programmes/{cycle}/audits")
    String add(@PathVariable int cycle, @RequestParam long areaId, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowStart,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowEnd,
               @RequestParam(required = false) String reason, Authentication authentication, RedirectAttributes redirect) {
        String back = "/audit-programmes/" + cycle;
        if (windowStart == null || windowEnd == null || blank(reason)) {
            redirect.addFlashAttribute("problem", "An audit is added with its window and the reason.");
            return "redirect:" + back;
        }
        return attempt(redirect, back, () -> {
            Audit audit = programmes.add(programmes.ofCycle(cycle).getId(), areaId, windowStart, windowEnd, reason.trim(), Actor.of(authentication));
            redirect.addFlashAttribute("notice", audit.getCode() + " is added to the programme.");
            return back;
        });
    }

    @PostMapping("/audits/{id}/window")
    String move(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowStart,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowEnd,
                @RequestParam(required = false) String reason, @RequestParam long version, Authentication authentication,
                RedirectAttributes redirect) {
        String back = programmePage(id);
        if (windowStart == null || windowEnd == null || blank(reason)) {
            redirect.addFlashAttribute("problem", "An audit is moved with its new window and the reason.");
            return "redirect:" + back;
        }
        return attempt(redirect, back, () -> {
            Audit audit = programmes.move(id, windowStart, windowEnd, reason.trim(), version, Actor.of(authentication));
            redirect.addFlashAttribute("notice", audit.getCode() + " is moved.");
            return back;
        });
    }

    @PostMapping("/audits/{id}/drop")
    String drop(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam long version, Authentication authentication,
                RedirectAttributes redirect) {
        String back = programmePage(id);
        if (blank(reason)) {
            redirect.addFlashAttribute("problem", "An audit is dropped with the reason.");
            return "redirect:" + back;
        }
        return attempt(redirect, back, () -> {
            Audit audit = programmes.drop(id, reason.trim(), version, Actor.of(authentication));
            redirect.addFlashAttribute("notice", audit.getCode() + " is dropped from the programme.");
            return back;
        });
    }

    @GetMapping("/audits/{code}")
    String audit(@PathVariable String code, Authentication authentication, Model model) {
        Audit audit = audits.byCode(code);
        AuditView view = views.of(audit);
        CurrentUser user = CurrentUser.of(authentication);
        model.addAttribute("view", view);
        model.addAttribute("audit", audit);
        model.addAttribute("area", audits.areaOf(audit));
        model.addAttribute("programme", programmes.get(audit.getProgramme()));
        model.addAttribute("mayRecord", audit.getState() == AuditState.FIELDWORK && audit.auditors().contains(user.name()));
        model.addAttribute("mayAcknowledge", audit.getState().isReported() && audit.getAcknowledgedAt() == null
                && user.groups().contains(Groups.TOP_MANAGEMENT));
        model.addAttribute("results", ChecklistResult.values());
        model.addAttribute("findingTypes", FindingType.values());
        model.addAttribute("files", evidence.of(EVIDENCE_OWNER, String.valueOf(audit.getId())).stream()
                .collect(Collectors.groupingBy(file -> rowOf(file))));
        List<TrailEntry> trail = audits.trailOf(audit.getId());
        model.addAttribute("history", stories.of(trail).reversed());
        trail.stream().map(TrailEntry::processInstanceKey).filter(Objects::nonNull).reduce((first, last) -> last)
                .ifPresent(latest -> model.addAttribute("progress", progress.of("internal-audit", latest, trail.stream()
                        .filter(entry -> latest.equals(entry.processInstanceKey())).map(TrailEntry::elementId).toList())));
        return "audit";
    }

    @PostMapping("/audits/{id}/acknowledge")
    String acknowledge(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        String back = auditPage(id);
        return attempt(redirect, back, () -> {
            audits.acknowledge(id, Actor.of(authentication));
            redirect.addFlashAttribute("notice", "The results are acknowledged.");
            return back;
        });
    }

    @PostMapping("/audits/{id}/checklist/{row}")
    String recordRow(@PathVariable long id, @PathVariable int row, @RequestParam(required = false) ChecklistResult result,
                     @RequestParam(required = false) String evidenceSeen, @RequestParam(required = false) String sample,
                     @RequestParam(required = false) String notes, @RequestParam(required = false) String notAuditedReason,
                     Authentication authentication, RedirectAttributes redirect) {
        String back = auditPage(id) + "#row-" + row;
        return attempt(redirect, back, () -> {
            audits.recordRow(id, row, new ChecklistEntry(result, trimmed(evidenceSeen), trimmed(sample), trimmed(notes), trimmed(notAuditedReason)),
                    Actor.of(authentication));
            redirect.addFlashAttribute("notice", "Row " + (row + 1) + " is recorded.");
            return back;
        });
    }

    @PostMapping("/audits/{id}/findings")
    String addFinding(@PathVariable long id, @RequestParam(required = false) FindingType type, @RequestParam(required = false) String requirement,
                      @RequestParam(required = false) String description, @RequestParam(required = false) String evidence,
                      Authentication authentication, RedirectAttributes redirect) {
        String back = auditPage(id) + "#findings";
        if (type == null || blank(requirement) || blank(description)) {
            redirect.addFlashAttribute("problem", "A finding needs its type, the requirement and what was found.");
            return "redirect:" + back;
        }
        return attempt(redirect, back, () -> {
            audits.addFinding(id, new FindingDraft(type, requirement.trim(), description.trim(), trimmed(evidence)), Actor.of(authentication));
            redirect.addFlashAttribute("notice", "The finding is added.");
            return back;
        });
    }

    @PostMapping("/audits/{id}/findings/{number}/remove")
    String removeFinding(@PathVariable long id, @PathVariable int number, Authentication authentication, RedirectAttributes redirect) {
        String back = auditPage(id) + "#findings";
        return attempt(redirect, back, () -> {
            audits.removeFinding(id, number, Actor.of(authentication));
            redirect.addFlashAttribute("notice", "Finding F" + number + " is removed.");
            return back;
        });
    }

    /** Evidence seen for a checklist row, kept in the evidence store (7.5) under the audit, named by its requirement. */
    @PostMapping("/audits/{id}/checklist/{row}/evidence")
    String attach(@PathVariable long id, @PathVariable int row, @RequestParam MultipartFile file, Authentication authentication,
                  RedirectAttributes redirect) throws IOException {
        Audit audit = audits.get(id);
        String back = "/audits/" + audit.getCode() + "#row-" + row;
        if (!audit.auditors().contains(authentication.getName()) || row < 0 || row >= audit.getChecklist().size()) {
            throw new RefusedException("Evidence of " + audit.getCode() + "'s checklist is added by its auditors");
        }
        String requirement = audit.getChecklist().get(row).requirement();
        try {
            EvidenceFile stored = evidence.upload(new Upload(EVIDENCE_OWNER, String.valueOf(id), requirement + " " + file.getOriginalFilename(),
                    file.getBytes()), authentication.getName());
            redirect.addFlashAttribute("notice", stored.getFilename() + " is kept as evidence of " + requirement + ".");
        } catch (EvidenceRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + back;
    }

    @GetMapping("/audit-universe")
    String universe(Authentication authentication, Model model) {
        model.addAttribute("areas", universe.all());
        model.addAttribute("mayChange", isIsmsManager(authentication));
        model.addAttribute("everyone", people.everyone());
        return "audit-universe";
    }

    /** An area changed, or added ({@code new}), from the universe page. */
    @PostMapping("/audit-universe/{id}")
    String changeArea(@PathVariable String id, @RequestParam(required = false) String name, @RequestParam(required = false) String description,
                      @RequestParam(required = false) String owner, @RequestParam(defaultValue = "0") int importance,
                      @RequestParam(required = false) String requirements, @RequestParam(defaultValue = "false") boolean retired,
                      @RequestParam(required = false) Long version, Authentication authentication, RedirectAttributes redirect) {
        List<String> covered = requirements == null ? List.of()
                : Arrays.stream(requirements.split("[,;\\s]+")).map(String::strip).filter(requirement -> !requirement.isEmpty()).toList();
        AreaDraft draft = new AreaDraft(trimmed(name), trimmed(description), blank(owner) ? null : owner, importance, covered, retired);
        Long areaId = id.equals("new") ? null : Long.valueOf(id);
        return attempt(redirect, "/audit-universe", () -> {
            universe.change(List.of(new AuditUniverse.AreaChange(areaId, version, draft)), Actor.of(authentication));
            redirect.addFlashAttribute("notice", draft.name() + " is saved.");
            return "/audit-universe";
        });
    }

    /** Runs a change; a refusal comes back as a notice on the page it came from. */
    private static String attempt(RedirectAttributes redirect, String back, Supplier<String> change) {
        try {
            return "redirect:" + change.get();
        } catch (InvalidFieldsException e) {
            redirect.addFlashAttribute("problem", "Not saved: " + FormProblems.inOneLine(e.problems()));
        } catch (ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "Not saved: " + e.getMessage());
        }
        return "redirect:" + back;
    }

    private String programmePage(long auditId) {
        return "/audit-programmes/" + programmes.get(audits.get(auditId).getProgramme()).getCycle();
    }

    private String auditPage(long auditId) {
        return "/audits/" + audits.get(auditId).getCode();
    }

    /** The requirement an evidence file was added for: its name begins with it. */
    private static String rowOf(EvidenceFile file) {
        return file.getFilename().split(" ", 2)[0];
    }

    private static boolean isIsmsManager(Authentication authentication) {
        return CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }
}
