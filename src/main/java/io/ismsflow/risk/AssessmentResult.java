package io.ismsflow.risk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the review process needs after a reassessment: whether the residual risk is within the appetite, who must
 * co-approve its acceptance beside the owner ({@code acceptanceAuthority}; none when the owner's is enough) and by
 * when.
 */
public record AssessmentResult(String riskCode, RiskLevel residualLevel, boolean withinAppetite, AcceptanceAuthority acceptanceAuthority,
                               boolean coApprovalNeeded, LocalDate nextReviewDue, String decisionDueAt) {

    static AssessmentResult of(Risk risk, AcceptanceAuthority authority, Instant decisionDueAt) {
        boolean within = risk.getAcceptance() != Acceptance.ABOVE_APPETITE;
        boolean coApproval = authority != AcceptanceAuthority.RISK_OWNER;
        return new AssessmentResult(risk.getCode(), risk.getResidualLevel(), within, authority, coApproval, risk.getNextReviewDue(),
                coApproval ? decisionDueAt.toString() : null);
    }
}
