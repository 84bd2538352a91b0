package io.ismsflow.risk;

public enum CriteriaStatus {
    /** Proposed, with top management for approval. */
    AWAITING_APPROVAL,
    /** The criteria in force: every new assessment uses them. */
    APPROVED,
    SUPERSEDED,
    /** Sent back; a new proposal starts from it. */
    REJECTED
}
