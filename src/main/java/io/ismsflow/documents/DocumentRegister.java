package io.ismsflow.documents;

import io.ismsflow.context.IsmsRoles;
import io.ismsflow.escalation.Notifications;
import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.evidence.Upload;
import io.ismsflow.security.People;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.Versions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policies and procedures register (5.2, 7.5): documents, their versions and their texts. The module's API:
 * every change goes through here in one transaction with its trail row; the texts go to the evidence store.
 */
@Service
@Transactional
public class DocumentRegister {

    static final String DOCUMENT = "document";

    private final DocumentRepository documents;
    private final DocumentReviewRepository reviews;
    private final EvidenceFiles evidence;
    private final StatementOfApplicability soa;
    private final IsmsRoles roles;
    private final Notifications notifications;
    private final People people;
    private final AuditTrail trail;
    private final Clock clock;

    DocumentRegister(DocumentRepository documents, DocumentReviewRepository reviews, EvidenceFiles evidence, StatementOfApplicability soa,
                     IsmsRoles roles, Notifications notifications, People people, AuditTrail trail, Clock clock) {
        this.documents = documents;
        this.reviews = reviews;
        this.evidence = evidence;
        this.soa = soa;
        this.roles = roles;
        this.notifications = notifications;
        this.people = people;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Document> all() {
        return documents.findAllByOrderById();
    }

    @Transactional(readOnly = true)
    public long countInForce() {
        return documents.countByStatus(DocumentStatus.APPROVED);
    }

    /** The information security policy in force (5.2), if one is. */
    @Transactional(readOnly = true)
    public Optional<Document> policyInForce() {
        return documents.findFirstByTypeAndStatusOrderById(DocumentType.INFORMATION_SECURITY_POLICY, DocumentStatus.APPROVED);
    }

    @Transactional(readOnly = true)
    public Document get(long id) {
        return documents.findById(id).orElseThrow(() -> new NoSuchElementException("Document " + id + " does not exist"));
    }

    /** A document by its code, e.g. POL-001: audits name the organisation's documents as criteria. */
    @Transactional(readOnly = true)
    public Optional<Document> findByCode(String code) {
        return documents.findByCode(code);
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return documents.existsById(id);
    }

    /** The documents that implement a control: control 5.1's evidence is the policy set. */
    @Transactional(readOnly = true)
    public List<Document> implementing(String controlId) {
        return documents.findImplementing(controlId);
    }

    @Transactional(readOnly = true)
    public List<Document> dueForReview(LocalDate day) {
        return documents.findDueForReview(day);
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(long id) {
        return trail.find(DOCUMENT, String.valueOf(id));
    }

    /** The review rounds recorded in [from, to), oldest first. */
    @Transactional(readOnly = true)
    public List<DocumentReview> reviewsBetween(Instant from, Instant to) {
        return reviews.findByReviewedAtGreaterThanEqualAndReviewedAtLessThanOrderById(from, to);
    }

    @Transactional(readOnly = true)
    public List<DocumentReview> reviewsOf(long id) {
        return reviews.findByDocumentOrderByIdDesc(id);
    }

    /**
     * Records a document with its first version: a draft to be reviewed and approved, or, for a document approved
     * before the register existed, the version in force with that approval.
     */
    public Document record(DocumentDraft draft, Optional<TextFile> file, Actor actor) {
        Map<String, String> problems = problems(draft);
        if (draft.firstVersion() == null) {
            problems.put("firstVersion", "is required: what the first version is (its change summary) and its text");
        } else if (file.isEmpty() && draft.firstVersion().link() == null) {
            problems.put("firstVersion.link", "upload the text or give a link to it");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Instant now = clock.instant();
        DocumentVersion first = new DocumentVersion(1, VersionStatus.DRAFT, draft.firstVersion().changeSummary(), null,
                draft.firstVersion().link(), actor.person(), now, null, null);
        var before = draft.approvedBefore();
        Document document = documents.save(before == null ? Document.drafted(draft, first)
                : Document.approvedBefore(draft, first.approved(before.approvedBy(), before.approvedOn().atStartOfDay().toInstant(ZoneOffset.UTC)),
                        before.nextReviewOn()));
        document.assignCode();
        if (file.isPresent()) {
            DocumentVersion stored = document.getVersions().getFirst();
            document.replaceText(stored, keep(document, file.get(), actor));
        }
        document = documents.save(document);
        trail.record(DOCUMENT, document.getId(), before == null ? "drafted" : "recorded-as-approved", null, document, actor);
        return document;
    }

    /** Changes what the document is (title, owner, controls, audience); its text changes through a new version. */
    public Document edit(long id, DocumentDraft draft, Actor actor) {
        Document document = get(id);
        Versions.requireCurrent("Document " + document.getCode(), document.getVersion(), draft.version());
        Map<String, String> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        var before = trail.snapshot(document);
        document.describe(draft);
        document = documents.save(document);
        trail.record(DOCUMENT, document.getId(), "edited", before, document, actor);
        return document;
    }

    /** A new draft version, or new text for the draft being written; the document review puts it up for approval. */
    public Document draftRevision(long id, Revision revision, Optional<TextFile> file, Actor actor) {
        if (file.isEmpty() && revision.link() == null) {
            throw new InvalidFieldsException(Map.of("link", "upload the revised text or give a link to it"));
        }
        Document document = get(id);
        var before = trail.snapshot(document);
        Long fileId = file.map(text -> keep(document, text, actor)).orElse(null);
        document.draft(revision.changeSummary(), fileId, fileId == null ? revision.link() : null, actor.person(), clock.instant());
        Document saved = documents.save(document);
        trail.record(DOCUMENT, saved.getId(), "revision-drafted", before, saved, actor);
        return saved;
    }

    public Document retire(long id, Actor actor) {
        Document document = get(id);
        var before = trail.snapshot(document);
        if (!document.retire()) {
            return document;
        }
        document = documents.save(document);
        trail.record(DOCUMENT, document.getId(), "retired", before, document, actor);
        return document;
    }

    /**
     * Marks the document under review. The process's first step finds it so and records that its process started
     * (once, however often the job is delivered), which ties the document's page to the running process.
     */
    Document openReview(long id, Actor actor) {
        Document document = get(id);
        var before = trail.snapshot(document);
        if (document.openReview()) {
            document = documents.save(document);
            trail.record(DOCUMENT, document.getId(), "review-opened", before, document, actor);
            return document;
        }
        Long instance = actor.processInstanceKey();
        if (instance != null && trailOf(id).stream().noneMatch(entry -> instance.equals(entry.processInstanceKey()))) {
            trail.record(DOCUMENT, id, "review-process-started", null, document, actor);
        }
        return document;
    }

    /**
     * The owner's finding, once per round (a redelivered job finds its round recorded): a revision goes up for
     * approval; an unchanged document puts the version in force up for confirmation.
     */
    DocumentReview recordReview(long id, long processInstanceKey, int round, ReviewOutcome outcome, String note, Actor actor) {
        Optional<DocumentReview> recorded = reviews.findByProcessInstanceKeyAndRound(processInstanceKey, round);
        if (recorded.isPresent()) {
            return recorded.get();
        }
        Document document = get(id);
        var before = trail.snapshot(document);
        DocumentVersion reviewed = switch (outcome) {
            case REVISED -> document.submitDraft();
            case UNCHANGED -> document.current().orElseThrow(() -> new IllegalStateException(
                    document.getCode() + " has no approved version to confirm: upload its text and choose 'revised'"));
        };
        Document saved = documents.save(document);
        DocumentReview review = reviews.save(new DocumentReview(id, processInstanceKey, round, outcome, reviewed.number(), note,
                actor.person(), clock.instant()));
        trail.record(DOCUMENT, id, outcome == ReviewOutcome.REVISED ? "revision-submitted" : "confirmed-unchanged", before, saved, actor);
        return review;
    }

    /** Who wrote what the approver decides on: the revision's author, or the owner who confirmed it unchanged. */
    String authorUnderApproval(DocumentReview review) {
        if (review.getOutcome() == ReviewOutcome.UNCHANGED) {
            return review.getReviewedBy();
        }
        return get(review.getDocument()).version(review.getVersionNumber()).map(DocumentVersion::author).orElse(review.getReviewedBy());
    }

    /** The approver's decision on a round, once; a rejected revision is a draft again, for the owner to rework. */
    DocumentReview recordDecision(long processInstanceKey, int round, ApprovalDecision decision, String note, Actor actor) {
        DocumentReview review = reviews.findByProcessInstanceKeyAndRound(processInstanceKey, round)
                .orElseThrow(() -> new IllegalStateException("Round " + round + " of this review was not recorded"));
        if (review.getDecision() != null) {
            return review;
        }
        if (actor.person().equals(authorUnderApproval(review))) {
            throw new IllegalStateException(actor.person() + " wrote what is up for approval and may not approve it (7.5.2)");
        }
        Document document = get(review.getDocument());
        var before = trail.snapshot(document);
        if (decision == ApprovalDecision.REJECTED) {
            document.rejectSubmission();
            document = documents.save(document);
        }
        review.decide(decision, note, actor.person(), clock.instant());
        review = reviews.save(review);
        trail.record(DOCUMENT, document.getId(), decision == ApprovalDecision.APPROVED ? "approved" : "sent-back", before, document, actor);
        return review;
    }

    /**
     * Ends the review: the approved version is in force until the next review date, and its owner and the people
     * holding the roles it names are told (7.5.3 a). Both commit together, once: a redelivered job finds the
     * document published and tells nobody again.
     */
    void publish(long id, LocalDate nextReview, Actor approver) {
        Document document = get(id);
        if (document.getStatus() != DocumentStatus.IN_REVIEW) {
            return;
        }
        var before = trail.snapshot(document);
        document.publish(approver.person(), clock.instant(), nextReview);
        document = documents.save(document);
        trail.record(DOCUMENT, id, "published", before, document, approver);
        Set<String> told = new LinkedHashSet<>(roles.holdersOf(document.getAudience()));
        told.add(document.getOwner());
        String version = document.current().map(DocumentVersion::getLabel).orElse("");
        notifications.notify(told, "%s %s %s is in force".formatted(document.getCode(), document.getTitle(), version),
                "Approved by %s; next review by %s.".formatted(people.displayName(approver.person()), nextReview), "/documents/" + id);
    }

    private long keep(Document document, TextFile text, Actor actor) {
        return evidence.upload(new Upload(DOCUMENT, String.valueOf(document.getId()), text.filename(), text.content()), actor.person()).getId();
    }

    private Map<String, String> problems(DocumentDraft draft) {
        Map<String, String> problems = new TreeMap<>();
        List<String> unknownControls = draft.controls().stream().filter(control -> !soa.exists(control)).toList();
        if (!unknownControls.isEmpty()) {
            problems.put("controls", "no such control in the Statement of Applicability: " + String.join(", ", unknownControls));
        }
        List<Long> unknownRoles = draft.audience().stream().filter(role -> !roles.exists(role)).toList();
        if (!unknownRoles.isEmpty()) {
            problems.put("audience", "no such ISMS role: " + unknownRoles);
        }
        return problems;
    }
}
