package io.ismsflow.soa;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A version of the Statement of Applicability put up for issue: every control as it stood when proposed (JSON),
 * approved by an ISMS manager and then by top management, then issued with its number and frozen document.
 */
@Table("soa_issue")
public class SoaIssue {

    @Id
    private Long id;
    private Integer number;
    private SoaIssueStatus status;
    private Integer openIssue;
    private String snapshot;
    private String proposedBy;
    private Instant proposedAt;
    private String managerApprovedBy;
    private Instant managerApprovedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    private Long frozenDocument;
    @Version
    private Long version;

    @PersistenceCreator
    SoaIssue() {
    }

    static SoaIssue proposed(String snapshot, String by, Instant at) {
        SoaIssue issue = new SoaIssue();
        issue.status = SoaIssueStatus.AWAITING_MANAGER;
        issue.openIssue = 1;
        issue.snapshot = snapshot;
        issue.proposedBy = by;
        issue.proposedAt = at;
        return issue;
    }

    void approvedByManager(String by, Instant at) {
        status = SoaIssueStatus.AWAITING_TOP_MANAGEMENT;
        managerApprovedBy = by;
        managerApprovedAt = at;
    }

    void issue(int issuedNumber, long frozen, String by, Instant at, String note) {
        status = SoaIssueStatus.ISSUED;
        number = issuedNumber;
        frozenDocument = frozen;
        close(by, at, note);
    }

    void reject(String by, Instant at, String note) {
        status = SoaIssueStatus.REJECTED;
        close(by, at, note);
    }

    private void close(String by, Instant at, String note) {
        openIssue = null;
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    public Long getId() { return id; }
    public Integer getNumber() { return number; }
    public SoaIssueStatus getStatus() { return status; }
    String getSnapshot() { return snapshot; }
    public String getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
    public String getManagerApprovedBy() { return managerApprovedBy; }
    public Instant getManagerApprovedAt() { return managerApprovedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
    public Long getFrozenDocument() { return frozenDocument; }
    public Long getVersion() { return version; }
}
