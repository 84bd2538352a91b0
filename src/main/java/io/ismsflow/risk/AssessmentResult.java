package io.ismsflow.risk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the review process needs after a reassessment: whether the residual risk is within the appetite and,
 * when it is not, by when the ISMS manager must accept it or send it back.
 */
public record AssessmentResult(String riskCode, RiskLevel residualLevel, boolean withinAppetite,
                               LocalDate nextReviewDue, String decisionDueAt) {

    static AssessmentResult of(Risk risk, Instant decisionDueAt) {
        boolean within = risk.getAcceptance() != Acceptance.ABOVE_APPETITE;
        return new AssessmentResult(risk.getCode(), risk.getResidualLevel(), within, risk.getNextReviewDue(),
                within ? null : decisionDueAt.toString());
    }
}
