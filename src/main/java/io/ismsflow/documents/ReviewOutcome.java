package io.ismsflow.documents;

/** What the owner found when reviewing a document. */
public enum ReviewOutcome {
    /** Still right as it is: the approver confirms the version in force. */
    UNCHANGED,
    /** A revised version goes up for approval. */
    REVISED
}
