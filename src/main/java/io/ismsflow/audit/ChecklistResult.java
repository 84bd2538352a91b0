package io.ismsflow.audit;

/** What the auditor found for one requirement in scope. */
public enum ChecklistResult {
    CONFORMING, MAJOR_NC, MINOR_NC, OBSERVATION, OPPORTUNITY_FOR_IMPROVEMENT, NOT_AUDITED;

    boolean isNonconforming() {
        return this == MAJOR_NC || this == MINOR_NC;
    }
}
