package io.ismsflow.documents;

import io.ismsflow.context.IsmsRoles;
import io.ismsflow.evidence.EvidenceRefusedException;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.security.People;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.tasks.ProcessProgress;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.Listing;
import io.ismsflow.web.PageLinks;
import io.ismsflow.web.TrailStories;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

/** The policies and procedures pages: the register with filters; each document with its versions, reviews and history. */
@Controller
class DocumentPages {

    private final DocumentRegister register;
    private final DocumentReviews reviews;
    private final DocumentAccess access;
    private final DocumentFiles files;
    private final IsmsRoles roles;
    private final StatementOfApplicability soa;
    private final People people;
    private final TrailStories stories;
    private final Validator validator;
    private final ProcessProgress progress;
    private final Clock clock;

    DocumentPages(DocumentRegister register, DocumentReviews reviews, DocumentAccess access, DocumentFiles files, IsmsRoles roles,
                  StatementOfApplicability soa, People people, TrailStories stories, Validator validator, ProcessProgress progress,
                  Clock clock) {
        this.register = register;
        this.reviews = reviews;
        this.access = access;
        this.files = files;
        this.roles = roles;
        this.soa = soa;
        this.people = people;
        this.stories = stories;
        this.validator = validator;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping("/documents")
    String list(@RequestParam(required = false) DocumentType type, @RequestParam(required = false) DocumentStatus status,
                @RequestParam(required = false) String due, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "1") int page, Authentication authentication, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("documents", Listing.of(register.all().stream()
                .filter(document -> type == null || document.getType() == type)
                .filter(document -> status == null || document.getStatus() == status)
                .filter(document -> !"yes".equals(due) || document.isDueOn(today))
                .filter(document -> q == null || q.isBlank()
                        || (document.getCode() + " " + document.getTitle()).toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT).trim()))
                .toList(), page));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("due", due);
        model.addAttribute("q", q);
        model.addAttribute("today", today);
        model.addAttribute("mayEdit", isManager(authentication));
        return "documents";
    }

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        Document document = register.get(id);
        model.addAttribute("document", document);
        model.addAttribute("files", files.of(document));
        model.addAttribute("controls", document.getControls().stream().filter(soa::exists).map(soa::get).toList());
        model.addAttribute("audience", document.getAudience().stream().filter(roles::exists).map(roles::get).toList());
        model.addAttribute("reviews", register.reviewsOf(id));
        List<TrailEntry> trail = register.trailOf(id);
        model.addAttribute("history", stories.of(trail).reversed());
        trail.stream().map(TrailEntry::processInstanceKey).filter(Objects::nonNull).reduce((first, last) -> last)
                .ifPresent(latest -> model.addAttribute("progress", progress.of(DocumentReviews.PROCESS_ID, latest, trail.stream()
                        .filter(entry -> latest.equals(entry.processInstanceKey())).map(TrailEntry::elementId).toList())));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayEdit", isManager(authentication));
        model.addAttribute("mayRevise", access.mayRevise(document, CurrentUser.of(authentication)));
        model.addAttribute("back", "/documents/" + id);
        return "document";
    }

    @GetMapping("/documents/new")
    String create(Authentication authentication, Model model) {
        return form(DocumentForm.blank(authentication.getName()), null, Map.of(), model);
    }

    @PostMapping("/documents")
    String record(DocumentForm form, BindingResult binding, @RequestParam(required = false) MultipartFile file,
                  Authentication authentication, Model model) throws IOException {
        DocumentDraft draft = form.draft();
        Map<String, String> problems = new TreeMap<>(FormProblems.of(binding, validator.validate(draft)));
        if (problems.isEmpty()) {
            try {
                return "redirect:/documents/" + register.record(draft, DocumentAccess.text(file), Actor.of(authentication)).getId();
            } catch (InvalidFieldsException e) {
                problems.putAll(e.problems());
            } catch (EvidenceRefusedException e) {
                problems.put("file", e.getMessage());
            }
        }
        return form(form, null, problems, model);
    }

    @GetMapping("/documents/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Document document = register.get(id);
        return form(DocumentForm.of(document), document, Map.of(), model);
    }

    @PostMapping("/documents/{id}")
    String save(@PathVariable long id, DocumentForm form, BindingResult binding, Authentication authentication, Model model) {
        Document document = register.get(id);
        DocumentDraft draft = form.draft();
        Map<String, String> problems = new TreeMap<>(FormProblems.of(binding, validator.validate(draft, DocumentDraft.OnUpdate.class)));
        if (problems.isEmpty()) {
            try {
                register.edit(id, draft, Actor.of(authentication));
                return "redirect:/documents/" + id;
            } catch (InvalidFieldsException e) {
                problems.putAll(e.problems());
            } catch (OptimisticLockingFailureException e) {
                model.addAttribute("problem", document.getCode() + " was changed by someone else while you edited it: "
                        + "your changes are below, the document as it is now is on its page.");
            }
        }
        return form(form, document, problems, model);
    }

    /** The revision upload's fields besides the file. */
    record RevisionForm(String changeSummary, String link) {

        Revision revision() {
            return new Revision(changeSummary == null || changeSummary.isBlank() ? null : changeSummary.trim(),
                    link == null || link.isBlank() ? null : link.trim());
        }
    }

    /** A new draft version (or new text for the draft), from the document's page or its review task; back there. */
    @PostMapping("/documents/{id}/revisions")
    String draftRevision(@PathVariable long id, RevisionForm form, BindingResult binding, @RequestParam(required = false) MultipartFile file,
                         @RequestParam(required = false) String back, Authentication authentication, RedirectAttributes redirect)
            throws IOException {
        Document document = register.get(id);
        access.requireOwnerOrManager(document, CurrentUser.of(authentication));
        Revision revision = form.revision();
        Map<String, String> problems = FormProblems.of(binding, validator.validate(revision));
        try {
            if (problems.isEmpty()) {
                Document revised = register.draftRevision(id, revision, DocumentAccess.text(file), Actor.of(authentication));
                redirect.addFlashAttribute("notice", "Draft " + revised.draftVersion().map(DocumentVersion::getLabel).orElse("")
                        + " of " + document.getCode() + " is saved.");
            } else {
                redirect.addFlashAttribute("problem", "The revision was not saved: " + FormProblems.inOneLine(problems));
            }
        } catch (InvalidFieldsException e) {
            redirect.addFlashAttribute("problem", "The revision was not saved: " + FormProblems.inOneLine(e.problems()));
        } catch (EvidenceRefusedException | ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return PageLinks.redirectBack(back, "/documents/" + id);
    }

    @PostMapping("/documents/{id}/reviews")
    String startReview(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        access.requireOwnerOrManager(register.get(id), CurrentUser.of(authentication));
        try {
            reviews.start(id, authentication.getName());
            redirect.addFlashAttribute("notice", "The review has started: its tasks are in the task list.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/retire")
    String retire(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        try {
            register.retire(id, Actor.of(authentication));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/documents/" + id;
    }

    private String form(DocumentForm form, Document document, Map<String, String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("document", document);
        model.addAttribute("problems", problems);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("roles", roles.all());
        model.addAttribute("everyone", people.everyone());
        return "document-form";
    }

    private static boolean isManager(Authentication authentication) {
        return CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS);
    }
}
