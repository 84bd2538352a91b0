package io.ismsflow.review;

import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.tasks.ProcessProgress;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.TrailStories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The management reviews: the list with on-time or missed, each review read like the pack a board gets, each action. */
@Controller
class ReviewPages {

    private final ManagementReviews reviews;
    private final ReviewActions actions;
    private final ProcessProgress progress;
    private final TrailStories stories;
    private final Clock clock;

    ReviewPages(ManagementReviews reviews, ReviewActions actions, ProcessProgress progress, TrailStories stories, Clock clock) {
        this.reviews = reviews;
        this.actions = actions;
        this.progress = progress;
        this.stories = stories;
        this.clock = clock;
    }

    @GetMapping("/management-reviews")
    String list(Authentication authentication, Model model) {
        ReviewPeriod quarter = ReviewPeriod.quarterOf(LocalDate.now(clock));
        ReviewPeriod next = ReviewPeriod.quarterOf(quarter.firstWorkingDay().plusMonths(3));
        model.addAttribute("reviews", reviews.all());
        model.addAttribute("openActions", reviews.all().stream().flatMap(review -> actions.of(review.getId()).stream())
                .filter(action -> action.getState() == ReviewAction.State.OPEN).toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("periods", List.of(quarter.toString(), next.toString()).stream().filter(period -> reviews.ofPeriod(period).isEmpty()).toList());
        model.addAttribute("mayRequest", CurrentUser.of(authentication).groups().stream()
                .anyMatch(group -> group.equals(Groups.ISMS_MANAGERS) || group.equals(Groups.TOP_MANAGEMENT)));
        return "management-reviews";
    }

    /** A quarter's review, or an extraordinary one with its reason. */
    @PostMapping("/management-reviews")
    String request(@RequestParam(required = false) String period, @RequestParam(required = false) String reason, Authentication authentication,
                   RedirectAttributes redirect) {
        try {
            ManagementReview review = period != null && !period.isBlank() ? reviews.request(period, Actor.of(authentication))
                    : reviews.requestExtraordinary(reason, Actor.of(authentication));
            redirect.addFlashAttribute("notice", "The review " + review.getPeriod() + " is requested: its inputs are compiled in a moment.");
            return "redirect:/management-reviews/" + review.getPeriod();
        } catch (InvalidFieldsException e) {
            redirect.addFlashAttribute("problem", "Not requested: " + FormProblems.inOneLine(e.problems()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/management-reviews";
    }

    @GetMapping("/management-reviews/{period}")
    String review(@PathVariable String period, Authentication authentication, Model model) {
        ManagementReview review = byPeriod(period);
        CurrentUser user = CurrentUser.of(authentication);
        model.addAttribute("review", review);
        model.addAttribute("mayComment", review.getStatus() == ReviewStatus.PREPARING && user.groups().contains(Groups.ISMS_MANAGERS));
        model.addAttribute("mayNote", review.getStatus() == ReviewStatus.HOLDING && user.groups().contains(Groups.TOP_MANAGEMENT));
        model.addAttribute("pack", review.getInputsSha256() == null ? null : reviews.inputsOf(review));
        model.addAttribute("actions", actions.of(review.getId()));
        model.addAttribute("today", LocalDate.now(clock));
        List<TrailEntry> trail = reviews.trailOf(review.getId());
        model.addAttribute("history", stories.of(trail).reversed());
        trail.stream().map(TrailEntry::processInstanceKey).filter(Objects::nonNull).reduce((first, last) -> last)
                .ifPresent(latest -> model.addAttribute("progress", progress.of(ManagementReviews.PROCESS_ID, latest, trail.stream()
                        .filter(entry -> latest.equals(entry.processInstanceKey())).map(TrailEntry::elementId).toList())));
        return "management-review";
    }

    /** The ISMS manager's commentary on an input, while preparing. */
    @PostMapping("/management-reviews/{period}/inputs/{key}/commentary")
    String comment(@PathVariable String period, @PathVariable String key, @RequestParam(required = false) String text,
                   Authentication authentication, RedirectAttributes redirect) {
        return saveText(period, key, redirect, () -> reviews.comment(byPeriod(period).getId(), key, text, Actor.of(authentication)));
    }

    /** Top management's note on an input, in the meeting. */
    @PostMapping("/management-reviews/{period}/inputs/{key}/notes")
    String note(@PathVariable String period, @PathVariable String key, @RequestParam(required = false) String text,
                Authentication authentication, RedirectAttributes redirect) {
        return saveText(period, key, redirect, () -> reviews.note(byPeriod(period).getId(), key, text, Actor.of(authentication)));
    }

    private String saveText(String period, String key, RedirectAttributes redirect, Runnable save) {
        try {
            save.run();
            redirect.addFlashAttribute("notice", "Saved for input " + key + ").");
        } catch (InvalidFieldsException e) {
            redirect.addFlashAttribute("problem", "Not saved: " + FormProblems.inOneLine(e.problems()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/management-reviews/" + period + "#input-" + key;
    }

    private ManagementReview byPeriod(String period) {
        return reviews.ofPeriod(period).orElseThrow(() -> new NoSuchElementException("No management review for " + period));
    }

    @GetMapping("/management-reviews/actions/{code}")
    String action(@PathVariable String code, Model model) {
        ReviewAction action = actions.byCode(code);
        model.addAttribute("action", action);
        model.addAttribute("review", reviews.get(action.getReview()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("history", stories.of(actions.trailOf(action.getId())).reversed());
        return "review-action";
    }
}
