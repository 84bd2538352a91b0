package io.ismsflow.context;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An internal or external issue relevant to the ISMS (4.1): never deleted, retired when it no longer applies. */
@Table("context_issue")
public class ContextIssue {

    @Id
    private Long id;
    private String code;
    private String title;
    private IssueOrigin origin;
    private IssueCategory category;
    private String effect;
    private String owner;
    private IssueStatus status;
    private LocalDate reviewDue;
    @Version
    private Long version;

    @PersistenceCreator
    ContextIssue() {
    }

    static ContextIssue recorded(IssueDraft draft) {
        ContextIssue issue = new ContextIssue();
        issue.status = IssueStatus.ACTIVE;
        issue.describe(draft);
        return issue;
    }

    void assignCode() {
        code = "ISS-%03d".formatted(id);
    }

    void describe(IssueDraft draft) {
        title = draft.title();
        origin = draft.origin();
        category = draft.category();
        effect = draft.effect();
        owner = draft.owner();
        reviewDue = draft.reviewDue();
    }

    boolean retire() {
        if (status == IssueStatus.RETIRED) {
            return false;
        }
        status = IssueStatus.RETIRED;
        return true;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public IssueOrigin getOrigin() { return origin; }
    public IssueCategory getCategory() { return category; }
    public String getEffect() { return effect; }
    public String getOwner() { return owner; }
    public IssueStatus getStatus() { return status; }
    public LocalDate getReviewDue() { return reviewDue; }
    public Long getVersion() { return version; }
}
