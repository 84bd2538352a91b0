package io.ismsflow.audit;

import java.util.List;

/**
 * An audit as the API and its page show it: the audit with its checklist and findings, its area, and for each
 * nonconformity finding the nonconformity it raised and where that stands.
 */
public record AuditView(Audit audit, String areaName, List<FindingView> findings) {

    /** @param nonconformityId null until the corrective-action process has registered it */
    public record FindingView(String reference, Finding finding, Long nonconformityId, String nonconformityCode, String nonconformityState) {
    }
}
