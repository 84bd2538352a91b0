package io.ismsflow.review;

import io.ismsflow.context.ClimateDecision;
import io.ismsflow.context.OrganisationContext;
import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import io.ismsflow.measurement.ImprovementDraft;
import io.ismsflow.measurement.ImprovementSource;
import io.ismsflow.measurement.Improvements;
import io.ismsflow.risk.ReviewTrigger;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.RiskReviews;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an approved review's outputs set going (9.3.3), once however often the job runs: each action becomes a tracked
 * action with its own process; a decision naming a risk starts its review (8.2, a change); a decision that needs
 * corrective action raises a nonconformity; a continual-improvement decision goes to the improvement register; a
 * re-confirmed climate decision is recorded again, dated.
 */
@Service
@Transactional
public class ReviewOutputs {

    static final String NONCONFORMITY_RAISED = "nonconformity-raised";
    static final String ACTION_DUE = "review-action-due";
    /** The prefix an earlier re-confirmation gave the rationale; not repeated. */
    private static final String RECONFIRMED = "^Re-confirmed by the management review \\S+: ";

    private final ManagementReviewRepository reviews;
    private final ManagementReviews managementReviews;
    private final ReviewActionRepository actions;
    private final Improvements improvements;
    private final RiskRegister risks;
    private final RiskReviews riskReviews;
    private final OrganisationContext context;
    private final EngineOutbox outbox;
    private final ReviewDeadlines deadlines;
    private final AuditTrail trail;
    private final Clock clock;

    ReviewOutputs(ManagementReviewRepository reviews, ManagementReviews managementReviews, ReviewActionRepository actions, Improvements improvements,
                  RiskRegister risks, RiskReviews riskReviews, OrganisationContext context, EngineOutbox outbox, ReviewDeadlines deadlines,
                  AuditTrail trail, Clock clock) {
        this.reviews = reviews;
        this.managementReviews = managementReviews;
        this.actions = actions;
        this.improvements = improvements;
        this.risks = risks;
        this.riskReviews = riskReviews;
        this.context = context;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.trail = trail;
        this.clock = clock;
    }

    public void record(long reviewId, Actor actor) {
        ManagementReview review = managementReviews.get(reviewId);
        if (!actions.findByReviewOrderById(reviewId).isEmpty() || review.getDecisions().stream().anyMatch(decision -> decision.ledTo() != null)) {
            return;
        }
        List<PlannedReviewAction> planned = managementReviews.plannedActions(review);
        for (int i = 0; i < planned.size(); i++) {
            ReviewAction action = actions.save(ReviewAction.decided(reviewId, "MR-%s-A%d".formatted(review.getPeriod(), i + 1), planned.get(i)));
            trail.record(ReviewActions.ENTITY, action.getId(), "decided", null, action, actor);
            outbox.publishAfterCommit(ProcessMessage.start(ACTION_DUE, action.getCode(), Map.of("actionId", action.getId(),
                    "subject", action.getCode() + " " + action.getTitle(), "actionOwner", action.getOwner(),
                    "actionDueAt", deadlines.endOf(action.getDueOn()), "escalateAfter", deadlines.escalateAfter(),
                    "escalateToTopAfter", deadlines.escalateToTopAfter())));
        }
        var before = trail.snapshot(review);
        for (ManagementReview.Decision decision : review.getDecisions()) {
            String reference = "MR-%s-D%d".formatted(review.getPeriod(), decision.number());
            List<String> ledTo = new ArrayList<>();
            if (decision.riskCode() != null) {
                risks.findByCode(decision.riskCode()).ifPresent(risk -> ledTo.add(riskReviews.startUnlessRunning(risk.getId(), review.getHeldBy(),
                        ReviewTrigger.CHANGE, reference) ? "review of " + risk.getCode() : risk.getCode() + " already under review"));
            }
            if (decision.needsCorrectiveAction()) {
                outbox.publishAfterCommit(ProcessMessage.start(NONCONFORMITY_RAISED, reference, Map.of("raisedBy", review.getHeldBy(),
                        "nonconformity", Map.of("reference", reference, "source", "MANAGEMENT_REVIEW", "sourceReference", review.getPeriod(),
                                "title", "Management review %s, decision D%d".formatted(review.getPeriod(), decision.number()),
                                "description", decision.text(), "severity", "MINOR", "owner", review.getPreparedBy(), "controls", List.of(),
                                "risks", List.of()))));
                ledTo.add(reference);
            } else if (decision.type() == DecisionType.CONTINUAL_IMPROVEMENT) {
                ledTo.add(improvements.propose(new ImprovementDraft(ImprovementSource.MANAGEMENT_REVIEW, reference, decision.text()),
                        Actor.person(review.getHeldBy())).getCode());
            }
            if (!ledTo.isEmpty()) {
                review.decisionLedTo(decision.number(), String.join(", ", ledTo));
            }
        }
        if (Boolean.TRUE.equals(review.getClimateReconfirmed())) {
            context.climateDecision().ifPresent(current -> context.decideOnClimate(new ClimateDecision.Draft(current.relevant(),
                    "Re-confirmed by the management review " + review.getPeriod() + ": " + current.rationale().replaceFirst(RECONFIRMED, ""),
                    review.getHeldBy(),
                    LocalDate.now(clock)), actor));
        }
        trail.record(ManagementReviews.ENTITY, reviewId, "outputs-recorded", before, reviews.save(review), actor);
    }
}
