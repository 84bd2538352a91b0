package io.ismsflow.soa;

public enum SoaIssueStatus {
    /** Proposed; an ISMS manager other than the proposer approves first. */
    AWAITING_MANAGER,
    /** Approved by an ISMS manager; top management approves second. */
    AWAITING_TOP_MANAGEMENT,
    ISSUED,
    REJECTED
}
