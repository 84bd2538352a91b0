package io.ismsflow.documents;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One round of a document review: the owner's finding and the approver's decision on it. A rejected round is
 * followed by another in the same process; all rounds stay on record (7.5.3).
 */
@Table("document_review")
public class DocumentReview {

    @Id
    private Long id;
    private long document;
    private long processInstanceKey;
    private int round;
    private ReviewOutcome outcome;
    private int versionNumber;
    private String note;
    private String reviewedBy;
    private Instant reviewedAt;
    private ApprovalDecision decision;
    private String decisionNote;
    private String decidedBy;
    private Instant decidedAt;
    @Version
    private Long version;

    @PersistenceCreator
    DocumentReview() {
    }

    DocumentReview(long document, long processInstanceKey, int round, ReviewOutcome outcome, int versionNumber, String note,
                   String reviewedBy, Instant reviewedAt) {
        this.document = document;
        this.processInstanceKey = processInstanceKey;
        this.round = round;
        this.outcome = outcome;
        this.versionNumber = versionNumber;
        this.note = note;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    void decide(ApprovalDecision decided, String because, String by, Instant at) {
        decision = decided;
        decisionNote = because;
        decidedBy = by;
        decidedAt = at;
    }

    public Long getId() { return id; }
    public long getDocument() { return document; }
    public long getProcessInstanceKey() { return processInstanceKey; }
    public int getRound() { return round; }
    public ReviewOutcome getOutcome() { return outcome; }
    public int getVersionNumber() { return versionNumber; }
    public String getNote() { return note; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public ApprovalDecision getDecision() { return decision; }
    public String getDecisionNote() { return decisionNote; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getVersion() { return version; }
}
