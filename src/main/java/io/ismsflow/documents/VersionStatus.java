package io.ismsflow.documents;

public enum VersionStatus {
    /** Being written; its text may be replaced until it goes up for approval (every uploaded file is kept). */
    DRAFT,
    IN_APPROVAL,
    /** The version in force. */
    APPROVED,
    /** Was in force until a later version was approved. */
    SUPERSEDED
}
