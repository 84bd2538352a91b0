package io.ismsflow.review;

/** Where a management review stands. */
public enum ReviewStatus {
    /** Its input pack is being compiled. */
    REQUESTED,
    /** The ISMS manager prepares it. */
    PREPARING,
    /** Top management holds it. */
    HOLDING,
    /** Held; its minutes wait for top management's approval. */
    APPROVING,
    /** Held, the minutes approved and frozen. */
    HELD,
    /** Not held by its deadline: a nonconformity was raised. */
    MISSED
}
