package io.ismsflow.risk;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One acceptance of a residual risk (6.1.3 f): the owner's, and the co-approval of the authority the criteria name
 * for its level. Kept as history: a later acceptance supersedes it, and it expires at the next review.
 */
@Table("risk_acceptance")
public record RiskAcceptance(@Id Long id, long risk, int residualLikelihood, int residualImpact, RiskLevel residualLevel,
                             int criteriaVersion, AcceptanceAuthority authority, State state, String owner, Instant ownerAcceptedAt,
                             String coApprovedBy, Instant coApprovedAt, String reason, LocalDate expiresOn, Long processInstanceKey,
                             Long jobKey) {

    public enum State {
        /** The owner accepted; the authority the level needs has not yet. */
        AWAITING_CO_APPROVAL,
        ACCEPTED,
        /** A later reassessment or acceptance replaced it. */
        SUPERSEDED
    }

    RiskAcceptance coApproved(String by, Instant at, String because) {
        return new RiskAcceptance(id, risk, residualLikelihood, residualImpact, residualLevel, criteriaVersion, authority, State.ACCEPTED,
                owner, ownerAcceptedAt, by, at, because, expiresOn, processInstanceKey, jobKey);
    }

    RiskAcceptance superseded() {
        return new RiskAcceptance(id, risk, residualLikelihood, residualImpact, residualLevel, criteriaVersion, authority, State.SUPERSEDED,
                owner, ownerAcceptedAt, coApprovedBy, coApprovedAt, reason, expiresOn, processInstanceKey, jobKey);
    }
}
