package io.ismsflow.audit;

/** Where an audit programme stands (9.2.2). */
public enum ProgrammeStatus {
    PROPOSED, APPROVED, RUNNING, COMPLETED
}
