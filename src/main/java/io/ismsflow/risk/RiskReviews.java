package io.ismsflow.risk;

import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.ConflictException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts risk reviews (8.2). One review per risk at a time is the risk's own state: the request marks the risk
 * under review (a versioned update, so of two requests at once only one succeeds) and hands the message
 * {@code risk-review-due} (correlation key: the risk code) to the {@link EngineOutbox} in the same transaction.
 * The daily scan on several app instances and a person pressing "review now" therefore start one review.
 */
@Service
public class RiskReviews {

    public static final String PROCESS_ID = "risk-review";
    static final String MESSAGE = "risk-review-due";

    private final RiskRegister register;
    private final EngineOutbox outbox;
    private final TransactionTemplate transaction;

    RiskReviews(RiskRegister register, EngineOutbox outbox, TransactionTemplate transaction) {
        this.register = register;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    /** A review on request. @throws ReviewAlreadyRunningException while one runs, or another request wins the race */
    public void start(long riskId, String startedBy) {
        start(riskId, startedBy, ReviewTrigger.REQUEST, null);
    }

    /**
     * @param trigger why it starts, recorded with the reassessment (8.2)
     * @param reference the record that started it (a change, an incident), if any
     * @throws ReviewAlreadyRunningException while a review of the risk runs, or another request wins the race
     */
    public void start(long riskId, String startedBy, ReviewTrigger trigger, String reference) {
        Risk risk = register.get(riskId);
        try {
            transaction.executeWithoutResult(status -> requestReview(riskId, startedBy, trigger, reference));
        } catch (OptimisticLockingFailureException e) {
            throw new ReviewAlreadyRunningException(risk.getCode());
        }
    }

    /**
     * Starts the review within the caller's transaction unless one runs already: for records that start reviews of
     * several risks at once (a change), where one risk under review must not undo the others.
     *
     * @return whether a review started
     */
    public boolean startUnlessRunning(long riskId, String startedBy, ReviewTrigger trigger, String reference) {
        if (register.get(riskId).getStatus() == RiskStatus.UNDER_REVIEW) {
            return false;
        }
        requestReview(riskId, startedBy, trigger, reference);
        return true;
    }

    /**
     * A residual score changed outside a review (an edit, a corrective action): a review starts in the same
     * transaction, so the owner accepts the new residual risk (6.1.3 f) unless a review runs already.
     */
    @EventListener
    void residualChanged(ResidualChanged change) {
        Risk risk = register.get(change.riskId());
        if (risk.getStatus() == RiskStatus.UNDER_REVIEW) {
            return;
        }
        register.openReviewAfterChange(risk.getId(), change.actor());
        publishStart(risk, change.actor().person(), ReviewTrigger.RESIDUAL_CHANGED, null);
    }

    private void requestReview(long riskId, String startedBy, ReviewTrigger trigger, String reference) {
        Risk risk = register.get(riskId);
        if (risk.getStatus() == RiskStatus.UNDER_REVIEW) {
            throw new ReviewAlreadyRunningException(risk.getCode());
        }
        register.openReview(riskId, Actor.person(startedBy));
        publishStart(risk, startedBy, trigger, reference);
    }

    private void publishStart(Risk risk, String startedBy, ReviewTrigger trigger, String reference) {
        Map<String, Object> variables = new HashMap<>(Map.of("riskId", risk.getId(), "startedBy", startedBy, "reviewTrigger", trigger.name()));
        if (reference != null) {
            variables.put("reviewTriggerReference", reference);
        }
        outbox.publishAfterCommit(ProcessMessage.start(MESSAGE, risk.getCode(), variables));
    }

    public static class ReviewAlreadyRunningException extends ConflictException {
        ReviewAlreadyRunningException(String riskCode) {
            super("A review of risk " + riskCode + " is already running");
        }
    }
}
