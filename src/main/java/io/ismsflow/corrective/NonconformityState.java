package io.ismsflow.corrective;

/** The states of a nonconformity, in the order of the corrective-action process (10.2). */
public enum NonconformityState {
    RAISED, CONTAINED, ANALYSED, PLANNED, APPROVED, IMPLEMENTING, AWAITING_EFFECTIVENESS, INEFFECTIVE, EFFECTIVE, CLOSED
}
