package io.ismsflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.ismsflow.context.IsmsRole;
import io.ismsflow.context.IsmsRoles;
import io.ismsflow.context.RoleDraft;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.escalation.Escalation;
import io.ismsflow.escalation.Escalations;
import io.ismsflow.escalation.Notification;
import io.ismsflow.escalation.Notifications;
import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.support.EngineRecords;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.RefusedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The document review (5.2, 7.5) end to end: in-memory engine, real workers, real database. */
@Tag("calendar")
@IntegrationTest
class DocumentReviewProcessTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired DocumentRegister register;
    @Autowired DocumentReviews reviews;
    @Autowired DocumentReviewScheduler scheduler;
    @Autowired IsmsRoles roles;
    @Autowired Notifications notifications;
    @Autowired EvidenceFiles evidence;
    @Autowired Escalations escalations;
    @Autowired AuditTrail trail;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired CamundaClient camunda;
    @Autowired ZeebeTestEngine engine;
    @Autowired EngineClock clock;

    OpenTasks openTasks;
    EngineRecords records;

    @BeforeEach
    void setUp() {
        openTasks = new OpenTasks(inbox);
        records = new EngineRecords(engine);
    }

    @Test
    void dueDocumentConfirmedUnchangedIsApprovedAndAnnounced() {
        IsmsRole auditors = roles.define(new RoleDraft("Auditors " + System.nanoTime(), "auditors", "Audit the ISMS", null,
                List.of("auditor", "auditor-2"), null), Actor.person("test"));
        Document document = approvedDocument(DocumentType.TOPIC_SPECIFIC_POLICY, "risk-owner", List.of(auditors.getId()));

        assertThat(scheduler.startDueReviews()).isPositive();
        UserTask review = openTasks.awaitTask("review-document", "documentId", document.getId());
        assertThat(review.name()).isEqualTo("Review document");
        assertThat(review.assignee()).isEqualTo("risk-owner");
        assertThat(review.candidateGroups()).containsExactly("isms-managers");
        assertThat(register.get(document.getId()).getStatus()).isEqualTo(DocumentStatus.IN_REVIEW);

        tasks.complete(review.key(), TestUsers.as("risk-owner"), Map.of("reviewOutcome", "unchanged", "reviewNote", "Still matches our practice"));
        UserTask approval = openTasks.awaitTask("approve-document", "documentId", document.getId());
        assertThat(approval.candidateGroups()).containsExactly("isms-managers");
        tasks.complete(approval.key(), TestUsers.as("isms-manager"), Map.of("approvalDecision", "approve"));
        awaitCompleted(review.processInstanceKey());

        Document approved = register.get(document.getId());
        assertThat(approved.getStatus()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(approved.getCurrentVersion()).isEqualTo(1);
        assertThat(approved.getApprovedBy()).isEqualTo("isms-manager");
        assertThat(approved.getNextReviewOn()).isEqualTo(LocalDate.now(clock).plusMonths(12));
        assertThat(register.reviewsOf(document.getId())).singleElement().satisfies(round -> {
            assertThat(round.getOutcome()).isEqualTo(ReviewOutcome.UNCHANGED);
            assertThat(round.getReviewedBy()).isEqualTo("risk-owner");
            assertThat(round.getDecision()).isEqualTo(ApprovalDecision.APPROVED);
            assertThat(round.getDecidedBy()).isEqualTo("isms-manager");
        });
        for (String told : List.of("auditor", "auditor-2", "risk-owner")) {
            assertThat(notifications.of(told)).extracting(Notification::title)
                    .contains(approved.getCode() + " " + approved.getTitle() + " v1 is in force");
        }
        List<TrailEntry> history = trail.find("document", document.getId().toString());
        assertThat(history).extracting(TrailEntry::action)
                .containsExactly("recorded-as-approved", "review-opened", "review-process-started", "confirmed-unchanged", "approved", "published");
        assertThat(history.get(4).actor()).isEqualTo("isms-manager");
        assertThat(history.get(4).processInstanceKey()).isEqualTo(review.processInstanceKey());
        assertThat(history.get(4).jobType()).isEqualTo("record-document-approval");
    }

    @Test
    void revisedPolicyIsApprovedByTopManagementAndSupersedesTheOldVersion() {
        Document policy = approvedDocument(DocumentType.INFORMATION_SECURITY_POLICY, "isms-deputy", List.of());
        long firstFile = policy.getVersions().getFirst().fileId();
        register.draftRevision(policy.getId(), new Revision("Adds the 2024 climate amendment", null),
                Optional.of(new TextFile("policy-v2.pdf", PDF)), Actor.person("isms-deputy"));

        reviews.start(policy.getId(), "isms-deputy");
        UserTask review = openTasks.awaitTask("review-document", "documentId", policy.getId());
        tasks.complete(review.key(), TestUsers.as("isms-deputy"), Map.of("reviewOutcome", "revised"));
        UserTask approval = openTasks.awaitTask("approve-document", "documentId", policy.getId());
        assertThat(approval.candidateGroups()).containsExactly("top-management");
        assertThat(register.get(policy.getId()).inApproval()).map(DocumentVersion::number).contains(2);

        tasks.complete(approval.key(), TestUsers.as("top-manager"), Map.of("approvalDecision", "approve"));
        awaitCompleted(review.processInstanceKey());

        Document published = register.get(policy.getId());
        assertThat(published.getCurrentVersion()).isEqualTo(2);
        assertThat(published.getVersions()).extracting(DocumentVersion::number, DocumentVersion::status)
                .containsExactly(tuple(2, VersionStatus.APPROVED),
                        tuple(1, VersionStatus.SUPERSEDED));
        assertThat(published.current().orElseThrow().approvedBy()).isEqualTo("top-manager");
        long secondFile = published.current().orElseThrow().fileId();
        assertThat(evidence.content(secondFile)).isEqualTo(PDF);
        assertThat(evidence.content(firstFile)).isNotEmpty();
        assertThat(evidence.get(secondFile).getSha256()).hasSize(64);
    }

    @Test
    void rejectedRevisionGoesBackToTheOwnerAndIsApprovedAfterRework() {
        Document procedure = draftDocument("risk-owner");
        reviews.start(procedure.getId(), "risk-owner");
        UserTask review = openTasks.awaitTask("review-document", "documentId", procedure.getId());
        tasks.complete(review.key(), TestUsers.as("risk-owner"), Map.of("reviewOutcome", "revised", "reviewNote", "First issue"));
        UserTask approval = openTasks.awaitTask("approve-document", "documentId", procedure.getId());

        assertThatThrownBy(() -> tasks.complete(approval.key(), TestUsers.as("isms-manager"), Map.of("approvalDecision", "reject")))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems()).containsKey("approvalNote"));
        tasks.complete(approval.key(), TestUsers.as("isms-manager"),
                Map.of("approvalDecision", "reject", "approvalNote", "Name who restores the backups"));

        UserTask rework = openTasks.awaitTask("review-document", "documentId", procedure.getId());
        assertThat(rework.key()).isNotEqualTo(review.key());
        assertThat(register.get(procedure.getId()).draftVersion()).isPresent();
        assertThat(inbox.find(rework.key()).orElseThrow().variables()).containsEntry("rejectionNote", "Name who restores the backups");
        register.draftRevision(procedure.getId(), new Revision("Names the backup operator", null),
                Optional.of(new TextFile("backup-procedure.pdf", PDF)), Actor.person("risk-owner"));
        tasks.complete(rework.key(), TestUsers.as("risk-owner"), Map.of("reviewOutcome", "revised"));
        UserTask second = openTasks.awaitTask("approve-document", "documentId", procedure.getId());
        tasks.complete(second.key(), TestUsers.as("isms-manager"), Map.of("approvalDecision", "approve"));
        awaitCompleted(review.processInstanceKey());

        Document approved = register.get(procedure.getId());
        assertThat(approved.getStatus()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(approved.getCurrentVersion()).isEqualTo(1);
        assertThat(approved.current().orElseThrow().changeSummary()).isEqualTo("Names the backup operator");
        assertThat(register.reviewsOf(procedure.getId())).extracting(DocumentReview::getRound, DocumentReview::getDecision)
                .containsExactly(tuple(2, ApprovalDecision.APPROVED),
                        tuple(1, ApprovalDecision.REJECTED));
        assertThat(records.completedElementIds(review.processInstanceKey()))
                .containsSubsequence("review-document", "approve-document", "review-document", "approve-document", "publish-document");
    }

    @Test
    void theAuthorMayNotApproveTheirOwnVersion() {
        Document procedure = draftDocument("isms-deputy");
        reviews.start(procedure.getId(), "isms-deputy");
        UserTask review = openTasks.awaitTask("review-document", "documentId", procedure.getId());
        tasks.complete(review.key(), TestUsers.as("isms-deputy"), Map.of("reviewOutcome", "revised"));
        UserTask approval = openTasks.awaitTask("approve-document", "documentId", procedure.getId());

        assertThatThrownBy(() -> tasks.complete(approval.key(), TestUsers.as("isms-deputy"), Map.of("approvalDecision", "approve")))
                .isInstanceOf(RefusedException.class)
                .hasMessage("You wrote what is up for approval (%s v1): someone else approves it (four eyes, 7.5.2)"
                        .formatted(register.get(procedure.getId()).getCode()));
        assertThat(openTasks.find("approve-document", "documentId", procedure.getId())).isPresent();

        // Completed past the task list (as in Camunda Tasklist), the worker stops it with a readable incident.
        camunda.newCompleteCommand(approval.key()).variables(Map.of("approvalDecision", "approve", "completedBy", "isms-deputy")).send().join();
        await().atMost(Duration.ofSeconds(20)).until(() -> !records.incidentMessages(review.processInstanceKey()).isEmpty());
        assertThat(records.incidentMessages(review.processInstanceKey())).singleElement().asString()
                .isEqualTo("document-review (step 'record-document-approval'): isms-deputy wrote what is up for approval and may not approve it (7.5.2)");
        assertThat(register.get(procedure.getId()).getStatus()).isEqualTo(DocumentStatus.IN_REVIEW);
    }

    @Test
    void revisedNeedsAnUploadedDraftAndUnchangedAnApprovedVersion() {
        Document approved = approvedDocument(DocumentType.PROCEDURE, "risk-owner", List.of());
        reviews.start(approved.getId(), "risk-owner");
        UserTask review = openTasks.awaitTask("review-document", "documentId", approved.getId());
        assertThatThrownBy(() -> tasks.complete(review.key(), TestUsers.as("risk-owner"), Map.of("reviewOutcome", "revised")))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems()).containsKey("reviewOutcome"));

        Document draft = draftDocument("risk-owner");
        reviews.start(draft.getId(), "risk-owner");
        UserTask first = openTasks.awaitTask("review-document", "documentId", draft.getId());
        assertThatThrownBy(() -> tasks.complete(first.key(), TestUsers.as("risk-owner"), Map.of("reviewOutcome", "unchanged")))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems().get("reviewOutcome"))
                        .contains("has no approved version yet"));
    }

    @Test
    void aReviewRunsOnceAtATime() {
        Document document = approvedDocument(DocumentType.STANDARD, "risk-owner", List.of());
        reviews.start(document.getId(), "risk-owner");
        UserTask review = openTasks.awaitTask("review-document", "documentId", document.getId());

        assertThatThrownBy(() -> reviews.start(document.getId(), "isms-manager"))
                .isInstanceOf(DocumentReviews.ReviewAlreadyRunningException.class).hasMessageContaining("already running");
        // The outbox publishing the start message a second time (a resubmission after a restart).
        camunda.newPublishMessageCommand().messageName(DocumentReviews.MESSAGE).correlationKey(document.getCode())
                .timeToLive(Duration.ZERO).variables(Map.of("documentId", document.getId(), "startedBy", "risk-owner")).send().join();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> openTasks.all("review-document", "documentId", document.getId()).size() == 1);
        assertThat(scheduler.startDueReviews()).isZero();
        assertThat(review.key()).isPositive();
    }

    @Test
    void overdueReviewIsRemindedThenEscalated() {
        Document document = approvedDocument(DocumentType.PROCEDURE, "risk-owner", List.of());
        reviews.start(document.getId(), "isms-manager");
        UserTask review = openTasks.awaitTask("review-document", "documentId", document.getId());

        clock.advance(Duration.ofDays(14).plusHours(1));
        awaitLevels(review, Escalation.Level.REMINDER);
        assertThat(escalations.of(review.processInstanceKey())).singleElement().satisfies(reminder -> {
            assertThat(reminder.task()).isEqualTo("Review document");
            assertThat(reminder.recipients()).isEqualTo("risk-owner");
            assertThat(reminder.subject()).isEqualTo(document.getCode() + " " + document.getTitle());
        });
        clock.advance(Duration.ofDays(3));
        awaitLevels(review, Escalation.Level.REMINDER, Escalation.Level.GROUP_MANAGER);
        clock.advance(Duration.ofDays(4));
        awaitLevels(review, Escalation.Level.REMINDER, Escalation.Level.GROUP_MANAGER, Escalation.Level.TOP_MANAGEMENT);
        assertThat(openTasks.find("review-document", "documentId", document.getId())).isPresent();
    }

    private Document approvedDocument(DocumentType type, String owner, List<Long> audience) {
        LocalDate today = LocalDate.now(clock);
        return register.record(new DocumentDraft("Test document " + System.nanoTime(), type, owner, Classification.INTERNAL,
                        List.of("5.1"), audience, new Revision("First version", null),
                        new DocumentDraft.ApprovedBefore("top-manager", today.minusYears(1), today.minusDays(1)), null),
                Optional.of(new TextFile("policy.pdf", PDF)), Actor.person("isms-manager"));
    }

    private Document draftDocument(String author) {
        return register.record(new DocumentDraft("Backup procedure " + System.nanoTime(), DocumentType.PROCEDURE, author, Classification.INTERNAL,
                        List.of("8.13"), List.of(), new Revision("First issue", "https://intranet.example.com/backup"), null, null),
                Optional.empty(), Actor.person(author));
    }

    private void awaitLevels(UserTask task, Escalation.Level... levels) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(escalations.of(task.processInstanceKey()))
                .extracting(Escalation::level).containsExactly(levels));
    }

    private void awaitCompleted(long processInstanceKey) {
        await().atMost(Duration.ofSeconds(20)).until(() -> records.isCompleted(processInstanceKey));
    }
}
