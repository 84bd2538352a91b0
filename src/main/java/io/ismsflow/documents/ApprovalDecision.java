package io.ismsflow.documents;

public enum ApprovalDecision {
    APPROVED, REJECTED
}
