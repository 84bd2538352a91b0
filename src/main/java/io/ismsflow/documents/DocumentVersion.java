package io.ismsflow.documents;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a document: what changed, who wrote it, the text (an evidence file or a link), and its approval.
 *
 * @param fileId the evidence file holding the text, if it was uploaded
 * @param link where the text lives otherwise (an intranet page, a document management system)
 */
@Table("document_version")
public record DocumentVersion(int number, VersionStatus status, String changeSummary, Long fileId, String link, String author,
                              Instant createdAt, String approvedBy, Instant approvedAt) {

    DocumentVersion withStatus(VersionStatus newStatus) {
        return new DocumentVersion(number, newStatus, changeSummary, fileId, link, author, createdAt, approvedBy, approvedAt);
    }

    DocumentVersion approved(String approver, Instant at) {
        return new DocumentVersion(number, VersionStatus.APPROVED, changeSummary, fileId, link, author, createdAt, approver, at);
    }

    public String getLabel() {
        return "v" + number;
    }
}
