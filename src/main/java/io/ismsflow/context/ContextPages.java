package io.ismsflow.context;

import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.Listing;
import io.ismsflow.web.TrailStories;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The context pages: the issues with filters and the climate decision; each issue with its history; record and edit. */
@Controller
class ContextPages {

    private final OrganisationContext context;
    private final TrailStories stories;
    private final Validator validator;
    private final Clock clock;

    ContextPages(OrganisationContext context, TrailStories stories, Validator validator, Clock clock) {
        this.context = context;
        this.stories = stories;
        this.validator = validator;
        this.clock = clock;
    }

    record ClimateForm(Boolean relevant, String rationale, String decidedBy,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn) {
    }

    @GetMapping("/context")
    String list(@RequestParam(required = false) IssueOrigin origin, @RequestParam(required = false) IssueCategory category,
                @RequestParam(required = false) IssueStatus status, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "1") int page, Authentication authentication, Model model) {
        List<ContextIssue> issues = context.issues().stream()
                .filter(issue -> origin == null || issue.getOrigin() == origin)
                .filter(issue -> category == null || issue.getCategory() == category)
                .filter(issue -> status == null || issue.getStatus() == status)
                .filter(issue -> q == null || q.isBlank()
                        || (issue.getCode() + " " + issue.getTitle() + " " + issue.getEffect()).toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT).trim()))
                .toList();
        model.addAttribute("issues", Listing.of(issues, page));
        model.addAttribute("origins", IssueOrigin.values());
        model.addAttribute("categories", IssueCategory.values());
        model.addAttribute("statuses", IssueStatus.values());
        model.addAttribute("origin", origin);
        model.addAttribute("category", category);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        if (!model.containsAttribute("climateForm")) {
            model.addAttribute("climateForm", new ClimateForm(null, null, authentication.getName(), LocalDate.now(clock)));
            model.addAttribute("climateProblems", Map.of());
        }
        model.addAttribute("climate", context.climateDecision().orElse(null));
        model.addAttribute("climateHistory", context.climateDecisions());
        CurrentUser user = CurrentUser.of(authentication);
        model.addAttribute("mayEdit", user.groups().contains(Groups.ISMS_MANAGERS));
        model.addAttribute("mayDecide", user.groups().contains(Groups.ISMS_MANAGERS) || user.groups().contains(Groups.TOP_MANAGEMENT));
        return "context";
    }

    /** Records the climate decision (4.1); problems come back next to the decision's fields. */
    @PostMapping("/context/climate")
    String decide(ClimateForm form, BindingResult binding, Authentication authentication, Model model) {
        ClimateDecision.Draft draft = new ClimateDecision.Draft(form.relevant(), form.rationale(), form.decidedBy(), form.decidedOn());
        Map<String, String> problems = FormProblems.of(binding, validator.validate(draft));
        if (problems.isEmpty()) {
            context.decideOnClimate(draft, Actor.of(authentication));
            return "redirect:/context";
        }
        model.addAttribute("climateForm", form);
        model.addAttribute("climateProblems", problems);
        return list(null, null, null, null, 1, authentication, model);
    }

    @GetMapping("/context/issues/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("issue", context.issue(id));
        model.addAttribute("history", stories.of(context.trailOf(id)).reversed());
        model.addAttribute("mayEdit", CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS));
        return "context-issue";
    }

    @GetMapping("/context/issues/new")
    String create(Authentication authentication, Model model) {
        return form(IssueForm.blank(authentication.getName(), LocalDate.now(clock).plusYears(1)), null, Map.of(), model);
    }

    @PostMapping("/context/issues")
    String record(IssueForm form, BindingResult binding, Authentication authentication, Model model) {
        IssueDraft draft = form.draft();
        Map<String, String> problems = FormProblems.of(binding, validator.validate(draft));
        if (!problems.isEmpty()) {
            return form(form, null, problems, model);
        }
        return "redirect:/context/issues/" + context.record(draft, Actor.of(authentication)).getId();
    }

    @GetMapping("/context/issues/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ContextIssue issue = context.issue(id);
        return form(IssueForm.of(issue), issue, Map.of(), model);
    }

    @PostMapping("/context/issues/{id}")
    String save(@PathVariable long id, IssueForm form, BindingResult binding, Authentication authentication, Model model) {
        ContextIssue issue = context.issue(id);
        IssueDraft draft = form.draft();
        Map<String, String> problems = FormProblems.of(binding, validator.validate(draft, IssueDraft.OnUpdate.class));
        if (problems.isEmpty()) {
            try {
                context.edit(id, draft, Actor.of(authentication));
                return "redirect:/context/issues/" + id;
            } catch (OptimisticLockingFailureException e) {
                model.addAttribute("problem", issue.getCode() + " was changed by someone else while you edited it: "
                        + "your changes are below, the issue as it is now is on its page.");
            }
        }
        return form(form, issue, problems, model);
    }

    @PostMapping("/context/issues/{id}/retire")
    String retire(@PathVariable long id, Authentication authentication) {
        context.retire(id, Actor.of(authentication));
        return "redirect:/context/issues/" + id;
    }

    @GetMapping("/context/parties")
    String parties(@RequestParam(required = false) PartyKind kind, @RequestParam(required = false) IssueStatus status,
                   @RequestParam(defaultValue = "1") int page, Authentication authentication, Model model) {
        model.addAttribute("parties", Listing.of(context.parties().stream()
                .filter(party -> kind == null || party.getKind() == kind)
                .filter(party -> status == null || party.getStatus() == status).toList(), page));
        model.addAttribute("kinds", PartyKind.values());
        model.addAttribute("statuses", IssueStatus.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("mayEdit", CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS));
        return "parties";
    }

    record FeedbackForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, FeedbackChannel channel, String summary,
                        String response, String nonconformity) {

        Feedback.Draft draft() {
            return new Feedback.Draft(receivedOn, channel, blankToNull(summary), blankToNull(response), blankToNull(nonconformity));
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.trim();
        }
    }

    /** Records feedback from the party (9.3.2 e); problems come back next to the feedback's fields. */
    @PostMapping("/context/parties/{id}/feedback")
    String recordFeedback(@PathVariable long id, FeedbackForm form, BindingResult binding, Authentication authentication, Model model) {
        Feedback.Draft draft = form.draft();
        Map<String, String> problems = FormProblems.of(binding, validator.validate(draft));
        if (problems.isEmpty()) {
            context.recordFeedback(id, draft, Actor.of(authentication));
            return "redirect:/context/parties/" + id;
        }
        model.addAttribute("feedbackForm", form);
        model.addAttribute("feedbackProblems", problems);
        return party(id, authentication, model);
    }

    @GetMapping("/context/parties/{id}")
    String party(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("party", context.party(id));
        model.addAttribute("feedback", context.feedbackFrom(id));
        model.addAttribute("channels", FeedbackChannel.values());
        if (!model.containsAttribute("feedbackForm")) {
            model.addAttribute("feedbackForm", new FeedbackForm(LocalDate.now(clock), FeedbackChannel.EMAIL, null, null, null));
            model.addAttribute("feedbackProblems", Map.of());
        }
        model.addAttribute("history", stories.of(context.trailOfParty(id)).reversed());
        model.addAttribute("mayEdit", CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS));
        return "party";
    }

    @GetMapping("/context/parties/new")
    String createParty(Model model) {
        return partyForm(PartyForm.blank(), null, Map.of(), model);
    }

    @PostMapping("/context/parties")
    String recordParty(@ModelAttribute("form") PartyForm form, BindingResult binding, Authentication authentication, Model model) {
        PartyDraft draft = form.draft();
        Map<String, String> problems = FormProblems.of(binding, validator.validate(draft));
        if (!problems.isEmpty()) {
            return partyForm(form.withSpareRows(), null, problems, model);
        }
        return "redirect:/context/parties/" + context.recordParty(draft, Actor.of(authentication)).getId();
    }

    @GetMapping("/context/parties/{id}/edit")
    String editParty(@PathVariable long id, Model model) {
        InterestedParty party = context.party(id);
        return partyForm(PartyForm.of(party), party, Map.of(), model);
    }

    @PostMapping("/context/parties/{id}")
    String saveParty(@PathVariable long id, @ModelAttribute("form") PartyForm form, BindingResult binding, Authentication authentication,
                     Model model) {
        InterestedParty party = context.party(id);
        PartyDraft draft = form.draft();
        Map<String, String> problems = FormProblems.of(binding, validator.validate(draft, PartyDraft.OnUpdate.class));
        if (problems.isEmpty()) {
            try {
                context.editParty(id, draft, Actor.of(authentication));
                return "redirect:/context/parties/" + id;
            } catch (OptimisticLockingFailureException e) {
                model.addAttribute("problem", party.getCode() + " was changed by someone else while you edited it: "
                        + "your changes are below, the party as it is now is on its page.");
            }
        }
        return partyForm(form.withSpareRows(), party, problems, model);
    }

    @PostMapping("/context/parties/{id}/retire")
    String retireParty(@PathVariable long id, Authentication authentication) {
        context.retireParty(id, Actor.of(authentication));
        return "redirect:/context/parties/" + id;
    }

    private String partyForm(PartyForm form, InterestedParty party, Map<String, String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("party", party);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", PartyKind.values());
        return "party-form";
    }

    private String form(IssueForm form, ContextIssue issue, Map<String, String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("issue", issue);
        model.addAttribute("problems", problems);
        model.addAttribute("origins", IssueOrigin.values());
        model.addAttribute("categories", IssueCategory.values());
        return "context-issue-form";
    }
}
