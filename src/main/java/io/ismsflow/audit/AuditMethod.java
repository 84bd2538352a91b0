package io.ismsflow.audit;

/** How an audit gathers its evidence. */
public enum AuditMethod {
    INTERVIEWS, DOCUMENT_REVIEW, TECHNICAL_TEST, SAMPLING
}
