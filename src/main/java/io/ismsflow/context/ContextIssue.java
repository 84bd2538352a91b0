package io.ismsflow.context;

import java.time.LocalDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** An internal or external issue relevant to the ISMS (4.1): never deleted, retired when it no longer applies. */
@Table("context_issue")
public class ContextIssue extends RegisterEntry {

    private String title;
    private IssueOrigin origin;
    private IssueCategory category;
    private String effect;
    private String owner;
    private LocalDate reviewDue;

    @PersistenceCreator
    ContextIssue() {
    }

    static ContextIssue recorded(IssueDraft draft) {
        ContextIssue issue = new ContextIssue();
        issue.describe(draft);
        return issue;
    }

    void describe(IssueDraft draft) {
        title = draft.title();
        origin = draft.origin();
        category = draft.category();
        effect = draft.effect();
        owner = draft.owner();
        reviewDue = draft.reviewDue();
    }

    public String getTitle() { return title; }
    public IssueOrigin getOrigin() { return origin; }
    public IssueCategory getCategory() { return category; }
    public String getEffect() { return effect; }
    public String getOwner() { return owner; }
    public LocalDate getReviewDue() { return reviewDue; }
}
