package io.ismsflow.audit;

/** Where an audit stands, in the order of its process (9.2.2). */
public enum AuditState {
    /** In a programme not yet approved. */
    PROPOSED,
    /** Approved; waits for its window. */
    PLANNED,
    /** The lead auditor plans scope, criteria, method and team. */
    PREPARING,
    FIELDWORK,
    REPORTING,
    /** Report approved and frozen; its nonconformities are being corrected. */
    REPORTED,
    /** Every nonconformity it raised is closed. */
    CLOSED,
    /** Taken out of the programme at its approval, with the reason. */
    DROPPED;

    boolean hasStarted() {
        return this != PROPOSED && this != PLANNED && this != DROPPED;
    }

    public boolean isReported() {
        return this == REPORTED || this == CLOSED;
    }
}
