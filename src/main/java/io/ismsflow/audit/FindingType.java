package io.ismsflow.audit;

/** The kinds of audit finding; the two nonconformities start the corrective-action process (10.2). */
public enum FindingType {
    MAJOR_NC, MINOR_NC, OBSERVATION, OPPORTUNITY_FOR_IMPROVEMENT, GOOD_PRACTICE;

    public boolean isNonconformity() {
        return this == MAJOR_NC || this == MINOR_NC;
    }
}
