package io.ismsflow.context;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The issue edit screen's fields as the browser posts them; checked as an {@link IssueDraft}. */
record IssueForm(String title, IssueOrigin origin, IssueCategory category, String effect, String owner,
                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDue, Long version) {

    static IssueForm of(ContextIssue issue) {
        return new IssueForm(issue.getTitle(), issue.getOrigin(), issue.getCategory(), issue.getEffect(), issue.getOwner(),
                issue.getReviewDue(), issue.getVersion());
    }

    static IssueForm blank(String owner, LocalDate reviewDue) {
        return new IssueForm(null, IssueOrigin.EXTERNAL, IssueCategory.TECHNOLOGICAL, null, owner, reviewDue, null);
    }

    IssueDraft draft() {
        return new IssueDraft(blankToNull(title), origin, category, blankToNull(effect), blankToNull(owner), reviewDue, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
