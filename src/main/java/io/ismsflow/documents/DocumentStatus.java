package io.ismsflow.documents;

public enum DocumentStatus {
    /** Written, never approved yet. */
    DRAFT,
    /** A review (and approval) is running. */
    IN_REVIEW,
    APPROVED,
    /** No longer in force; every version stays readable. */
    RETIRED
}
