package io.ismsflow.soa;

import io.ismsflow.evidence.FrozenDocuments;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.ConflictException;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The issued versions of the SoA, what keeps it from being issued, and the proposal for the next version. */
@Controller
class SoaIssuePages {

    private final SoaIssues issues;
    private final FrozenDocuments frozen;

    SoaIssuePages(SoaIssues issues, FrozenDocuments frozen) {
        this.issues = issues;
        this.frozen = frozen;
    }

    @GetMapping("/soa/issues")
    String list(Authentication authentication, Model model) {
        model.addAttribute("gaps", issues.gaps());
        model.addAttribute("open", issues.open().orElse(null));
        model.addAttribute("issues", issues.all());
        model.addAttribute("documents", issues.all().stream().filter(issue -> issue.getFrozenDocument() != null)
                .collect(Collectors.toMap(SoaIssue::getId, issue -> frozen.get(issue.getFrozenDocument()))));
        issues.latestIssued().ifPresent(latest -> model.addAttribute("changed", issues.changedSince(latest)));
        model.addAttribute("mayPropose", CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS));
        return "soa-issues";
    }

    @PostMapping("/soa/issues")
    String propose(Authentication authentication, RedirectAttributes redirect) {
        try {
            issues.propose(Actor.of(authentication));
            redirect.addFlashAttribute("notice", "The SoA as it stands is proposed for issue: an ISMS manager approves it first, then top management.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/soa/issues";
    }
}
