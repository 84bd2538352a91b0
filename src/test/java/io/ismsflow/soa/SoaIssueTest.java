package io.ismsflow.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.RefusedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The SoA as controlled documented information (6.1.3 d): refused for issue while a control is undecided; then
 * proposed, approved by an ISMS manager and by top management (never by the proposer), issued with a number and
 * frozen as HTML and PDF with their SHA-256; later changes show as changed since that version. In a context of its
 * own: it decides every control.
 */
@IsolatedIntegrationTest
class SoaIssueTest {

    @Autowired TestRestTemplate rest;
    @Autowired StatementOfApplicability soa;
    @Autowired SoaIssues issues;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired AuditTrail trail;

    @Test
    void theSoaIsIssuedOnlyWhenCompleteAfterTwoApprovalsAndFrozen() throws Exception {
        ResponseEntity<JsonNode> refused = manager().postForEntity("/api/soa/issues", null, JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText()).startsWith("The SoA cannot be issued with 93 gaps, first 5.1: not decided");

        for (Control control : soa.all()) {
            soa.decide(control.getId(), new ControlDecision(!control.getId().equals("7.4"), Set.of(InclusionReason.BUSINESS),
                    control.getId().equals("7.4") ? null : "Needed by the business", control.getId().equals("7.4") ? "No such premises" : null,
                    control.getId().equals("7.4") ? ImplementationStatus.NOT_STARTED : ImplementationStatus.PLANNED, null, List.of(), null,
                    control.getVersion()), Actor.person("isms-manager"));
        }
        assertThat(issues.gaps()).isEmpty();

        ResponseEntity<JsonNode> proposed = manager().postForEntity("/api/soa/issues", null, JsonNode.class);
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = proposed.getBody().get("id").asLong();
        assertThat(manager().postForEntity("/api/soa/issues", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        OpenTasks open = new OpenTasks(inbox);
        UserTask byManager = open.awaitTask("approve", "recordId", id);
        assertThat(byManager.candidateGroups()).containsExactly("isms-managers");
        assertThatThrownBy(() -> tasks.complete(byManager.key(), TestUsers.as("isms-manager"), Map.of("approvalDecision", "approve")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("You proposed this version (Statement of Applicability, version 1)");
        tasks.complete(byManager.key(), TestUsers.as("isms-deputy"), Map.of("approvalDecision", "approve"));

        await().atMost(Duration.ofSeconds(20)).until(() -> open.find("approve", "recordId", id)
                .filter(task -> task.candidateGroups().contains("top-management")).isPresent());
        UserTask byTop = open.find("approve", "recordId", id).orElseThrow();
        tasks.complete(byTop.key(), TestUsers.as("top-manager"), Map.of("approvalDecision", "approve"));
        await().atMost(Duration.ofSeconds(20)).until(() -> issues.get(id).getStatus() == SoaIssueStatus.ISSUED);

        SoaIssue issued = issues.get(id);
        assertThat(issued.getNumber()).isEqualTo(1);
        assertThat(issued.getManagerApprovedBy()).isEqualTo("isms-deputy");
        assertThat(issued.getDecidedBy()).isEqualTo("top-manager");
        long documentId = issued.getFrozenDocument();
        JsonNode document = manager().getForObject("/api/frozen-documents/" + documentId, JsonNode.class);
        ResponseEntity<byte[]> pdf = manager().getForEntity("/api/frozen-documents/" + documentId + "/pdf", byte[].class);
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/browser"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/browser/soa-version-1.pdf"), pdf.getBody()); // to look at
        assertThat(sha256(pdf.getBody())).isEqualTo(document.get("pdfSha256").asText()).isEqualTo(pdf.getHeaders().getFirst("X-Checksum-SHA256"));
        String html = manager().getForObject("/api/frozen-documents/" + documentId + "/html", String.class);
        assertThat(html).contains("Statement of Applicability, version 1").contains("No such premises").contains("Dana Deputy");
        assertThat(sha256(html.getBytes(StandardCharsets.UTF_8))).isEqualTo(document.get("htmlSha256").asText());
        assertThat(trail.find("soa-issue", String.valueOf(id))).extracting(TrailEntry::action)
                .containsExactly("proposed", "approved-by-manager", "issued");

        assertThat(issues.changedSince(issued)).isEmpty();
        soa.changeImplementationStatus("8.13", ImplementationStatus.IMPLEMENTED, "Restores tested", Actor.person("isms-manager"));
        assertThat(issues.changedSince(issued)).containsExactly("8.13");
        assertThat(manager().getForObject("/api/frozen-documents/" + documentId + "/html", String.class)).isEqualTo(html);

        long second = manager().postForEntity("/api/soa/issues", null, JsonNode.class).getBody().get("id").asLong();
        UserTask again = open.awaitTask("approve", "recordId", second);
        tasks.complete(again.key(), TestUsers.as("isms-deputy"), Map.of("approvalDecision", "reject", "approvalNote", "Attach the restore report first"));
        await().atMost(Duration.ofSeconds(20)).until(() -> issues.get(second).getStatus() == SoaIssueStatus.REJECTED);
        assertThat(issues.open()).isEmpty();
        assertThat(issues.latestIssued()).map(SoaIssue::getNumber).contains(1);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private TestRestTemplate manager() {
        return rest.withBasicAuth("isms-manager", "demo");
    }
}
