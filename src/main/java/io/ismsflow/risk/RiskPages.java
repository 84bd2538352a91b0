package io.ismsflow.risk;

import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.Listing;
import io.ismsflow.web.TrailStories;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The risk register's pages: the list with filters, and each risk with its matrix, assessments and history. */
@Controller
class RiskPages {

    private final RiskRegister register;
    private final RiskReviews reviews;
    private final TrailStories stories;

    RiskPages(RiskRegister register, RiskReviews reviews, TrailStories stories) {
        this.register = register;
        this.reviews = reviews;
        this.stories = stories;
    }

    @GetMapping("/risks")
    String list(@RequestParam(required = false) RiskLevel level, @RequestParam(required = false) RiskStatus status,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "code") String sort,
                @RequestParam(defaultValue = "1") int page, Model model) {
        List<Risk> risks = register.all().stream()
                .filter(risk -> level == null || risk.getResidualLevel() == level)
                .filter(risk -> status == null || risk.getStatus() == status)
                .filter(risk -> q == null || q.isBlank() || matches(risk, q))
                .sorted(order(sort))
                .toList();
        model.addAttribute("risks", Listing.of(risks, page));
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("statuses", RiskStatus.values());
        model.addAttribute("level", level);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        return "risks";
    }

    @GetMapping("/risks/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        Risk risk = register.get(id);
        RiskMatrix matrix = register.currentMatrix();
        model.addAttribute("risk", risk);
        model.addAttribute("matrix", matrix);
        model.addAttribute("likelihoods", List.of(5, 4, 3, 2, 1));
        model.addAttribute("impacts", List.of(1, 2, 3, 4, 5));
        model.addAttribute("assessments", register.assessmentsOf(id).reversed());
        model.addAttribute("history", stories.of(register.trailOf(id)).reversed());
        model.addAttribute("mayStartReview", risk.getStatus() != RiskStatus.UNDER_REVIEW
                && CurrentUser.of(authentication).groups().stream().anyMatch(List.of(Groups.ISMS_MANAGERS, Groups.RISK_OWNERS)::contains));
        return "risk";
    }

    /** "Review now": starts a review whatever the next review date says. */
    @PostMapping("/risks/{id}/reviews")
    String startReview(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        try {
            reviews.start(id, Actor.of(authentication).person());
            redirect.addFlashAttribute("notice", "The review has started: its owner finds it in their task list.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/risks/" + id;
    }

    private static boolean matches(Risk risk, String q) {
        String text = String.join(" ", risk.getCode(), risk.getTitle(), risk.getAsset(), risk.getThreat(), risk.getOwner())
                .toLowerCase(Locale.ROOT);
        return text.contains(q.toLowerCase(Locale.ROOT).trim());
    }

    private static Comparator<Risk> order(String sort) {
        return switch (sort) {
            case "level" -> Comparator.comparing(Risk::getResidualLevel).reversed().thenComparing(Risk::getId);
            case "review" -> Comparator.comparing(Risk::getNextReviewDue).thenComparing(Risk::getId);
            default -> Comparator.comparing(Risk::getId);
        };
    }
}
