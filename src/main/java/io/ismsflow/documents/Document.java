package io.ismsflow.documents;

import io.ismsflow.soa.SoaOrder;
import io.ismsflow.web.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A policy, procedure or other controlled document (5.2, 7.5) with all its versions. The version in force is the
 * approved one; a new version is written as a draft and goes through the document review before it replaces it.
 */
@Table("document")
public class Document {

    @Id
    private Long id;
    private String code;
    private String title;
    private DocumentType type;
    private String owner;
    private Classification classification;
    private DocumentStatus status;
    private Integer currentVersion;
    private String approvedBy;
    private Instant approvedAt;
    private LocalDate nextReviewOn;
    @MappedCollection(idColumn = "document", keyColumn = "position")
    private List<DocumentVersion> versions = new ArrayList<>();
    @MappedCollection(idColumn = "document")
    private Set<ControlRef> controls = new LinkedHashSet<>();
    @MappedCollection(idColumn = "document")
    private Set<AudienceRef> audience = new LinkedHashSet<>();
    @Version
    private Long version;

    @Table("document_control")
    record ControlRef(String controlId) {
    }

    @Table("document_audience")
    record AudienceRef(long ismsRole) {
    }

    @PersistenceCreator
    Document() {
    }

    static Document drafted(DocumentDraft draft, DocumentVersion first) {
        Document document = new Document();
        document.status = DocumentStatus.DRAFT;
        document.describe(draft);
        document.versions.add(first);
        return document;
    }

    /** A document approved before ISMS Flow kept the register: its first version is in force as recorded. */
    static Document approvedBefore(DocumentDraft draft, DocumentVersion first, LocalDate nextReviewOn) {
        Document document = drafted(draft, first);
        document.status = DocumentStatus.APPROVED;
        document.currentVersion = first.number();
        document.approvedBy = first.approvedBy();
        document.approvedAt = first.approvedAt();
        document.nextReviewOn = nextReviewOn;
        return document;
    }

    void assignCode() {
        code = (type == DocumentType.PROCEDURE ? "PRO-%03d" : type == DocumentType.RECORD_TEMPLATE ? "TPL-%03d"
                : type == DocumentType.STANDARD ? "STD-%03d" : "POL-%03d").formatted(id);
    }

    void describe(DocumentDraft draft) {
        title = draft.title();
        type = draft.type();
        owner = draft.owner();
        classification = draft.classification();
        controls = new LinkedHashSet<>(draft.controls().stream().map(ControlRef::new).toList());
        audience = new LinkedHashSet<>(draft.audience().stream().map(AudienceRef::new).toList());
    }

    /** A new draft, or new text for the draft being written; refused while a version awaits approval. */
    void draft(String changeSummary, Long fileId, String link, String author, Instant at) {
        requireNotRetired();
        if (inApproval().isPresent()) {
            throw new ConflictException("%s %s awaits approval: wait for the decision before changing the text"
                    .formatted(code, inApproval().get().getLabel()));
        }
        Optional<DocumentVersion> draft = draftVersion();
        int number = draft.map(DocumentVersion::number).orElse(latest().number() + 1);
        draft.ifPresent(versions::remove);
        versions.add(new DocumentVersion(number, VersionStatus.DRAFT, changeSummary, fileId, link, author, at, null, null));
    }

    /** The uploaded text of a version that was recorded before its file was stored. */
    void replaceText(DocumentVersion version, long fileId) {
        replace(version, new DocumentVersion(version.number(), version.status(), version.changeSummary(), fileId, null, version.author(),
                version.createdAt(), version.approvedBy(), version.approvedAt()));
    }

    /** @return false if a review runs already */
    boolean openReview() {
        requireNotRetired();
        if (status == DocumentStatus.IN_REVIEW) {
            return false;
        }
        status = DocumentStatus.IN_REVIEW;
        return true;
    }

    /** The owner's revision goes up for approval. */
    DocumentVersion submitDraft() {
        DocumentVersion draft = draftVersion().orElseThrow(() -> new IllegalStateException(code + " has no draft to submit"));
        replace(draft, draft.withStatus(VersionStatus.IN_APPROVAL));
        return draft;
    }

    /** Sent back for rework: the version is a draft again, to be revised. */
    void rejectSubmission() {
        inApproval().ifPresent(submitted -> replace(submitted, submitted.withStatus(VersionStatus.DRAFT)));
    }

    /**
     * The review is over: the submitted version (if any) is in force and the one before it superseded; an
     * unchanged document is confirmed as it is. Either way the next review is due on the given day.
     */
    void publish(String approver, Instant at, LocalDate nextReview) {
        Optional<DocumentVersion> submitted = inApproval();
        if (submitted.isPresent()) {
            current().ifPresent(previous -> replace(previous, previous.withStatus(VersionStatus.SUPERSEDED)));
            replace(submitted.get(), submitted.get().approved(approver, at));
            currentVersion = submitted.get().number();
        }
        status = DocumentStatus.APPROVED;
        approvedBy = approver;
        approvedAt = at;
        nextReviewOn = nextReview;
    }

    boolean retire() {
        if (status == DocumentStatus.RETIRED) {
            return false;
        }
        if (status == DocumentStatus.IN_REVIEW) {
            throw new ConflictException(code + " is under review: retire it when the review is over");
        }
        status = DocumentStatus.RETIRED;
        return true;
    }

    private void requireNotRetired() {
        if (status == DocumentStatus.RETIRED) {
            throw new ConflictException(code + " is retired: its versions stay readable, but it is no longer reviewed or revised");
        }
    }

    private void replace(DocumentVersion old, DocumentVersion replacement) {
        versions.set(versions.indexOf(old), replacement);
    }

    private DocumentVersion latest() {
        return versions.stream().max(Comparator.comparingInt(DocumentVersion::number)).orElseThrow();
    }

    public Optional<DocumentVersion> current() {
        return versions.stream().filter(v -> v.status() == VersionStatus.APPROVED).findFirst();
    }

    public Optional<DocumentVersion> draftVersion() {
        return versions.stream().filter(v -> v.status() == VersionStatus.DRAFT).findFirst();
    }

    public Optional<DocumentVersion> inApproval() {
        return versions.stream().filter(v -> v.status() == VersionStatus.IN_APPROVAL).findFirst();
    }

    public Optional<DocumentVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** Due for its periodic review on the given day. */
    public boolean isDueOn(LocalDate day) {
        return status == DocumentStatus.APPROVED && nextReviewOn != null && !nextReviewOn.isAfter(day);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public DocumentType getType() { return type; }
    public String getOwner() { return owner; }
    public Classification getClassification() { return classification; }
    public DocumentStatus getStatus() { return status; }
    public Integer getCurrentVersion() { return currentVersion; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public LocalDate getNextReviewOn() { return nextReviewOn; }
    public List<DocumentVersion> getVersions() {
        return versions.stream().sorted(Comparator.comparingInt(DocumentVersion::number).reversed()).toList();
    }
    public List<String> getControls() { return controls.stream().map(ControlRef::controlId).sorted(SoaOrder.IDS).toList(); }
    public List<Long> getAudience() { return audience.stream().map(AudienceRef::ismsRole).sorted().toList(); }
    public Long getVersion() { return version; }
}
