package io.ismsflow.documents;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The document screen's fields as the browser posts them; checked as a {@link DocumentDraft}. Controls come as one
 * comma-separated field ("5.1, 5.10"); the first version's fields and "approved before" only when recording.
 */
record DocumentForm(String title, DocumentType type, String owner, Classification classification, String controls, List<Long> audience,
                    String changeSummary, String link, boolean alreadyApproved, String approvedBy,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReviewOn, Long version) {

    static DocumentForm blank(String owner) {
        return new DocumentForm(null, DocumentType.TOPIC_SPECIFIC_POLICY, owner, Classification.INTERNAL, null, List.of(), "First version", null,
                false, null, null, null, null);
    }

    static DocumentForm of(Document document) {
        return new DocumentForm(document.getTitle(), document.getType(), document.getOwner(), document.getClassification(),
                String.join(", ", document.getControls()), document.getAudience(), null, null, false, null, null, null, document.getVersion());
    }

    DocumentDraft draft() {
        List<String> controlIds = controls == null ? List.of()
                : Arrays.stream(controls.split("[,;\\s]+")).map(String::trim).filter(id -> !id.isEmpty()).toList();
        Revision first = new Revision(blankToNull(changeSummary), blankToNull(link));
        DocumentDraft.ApprovedBefore before = alreadyApproved ? new DocumentDraft.ApprovedBefore(blankToNull(approvedBy), approvedOn, nextReviewOn) : null;
        return new DocumentDraft(blankToNull(title), type, blankToNull(owner), classification, controlIds, audience, first, before, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
