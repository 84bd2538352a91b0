package io.ismsflow.context;

public enum ScopeStatus {
    DRAFT, AWAITING_APPROVAL,
    /** The scope in force. */
    APPROVED,
    SUPERSEDED
}
