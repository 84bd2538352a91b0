package io.ismsflow.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.escalation.Escalation;
import io.ismsflow.escalation.Escalations;
import io.ismsflow.support.EngineRecords;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.RefusedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;

/**
 * The ISMS scope (4.3) end to end: drafted, approved by top management through the approval process, sent back
 * and reworked, never approved by its drafter, reminders when overdue. In a context of its own, in order: there is one
 * scope per ISMS, and each test takes it where the one before left it.
 */
@Tag("calendar")
@IsolatedIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScopeApprovalProcessTest {

    @Autowired IsmsScope scope;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired Escalations escalations;
    @Autowired AuditTrail trail;
    @Autowired ZeebeTestEngine engine;
    @Autowired EngineClock clock;
    @Autowired TestRestTemplate rest;

    OpenTasks openTasks;
    EngineRecords records;

    @BeforeEach
    void setUp() {
        openTasks = new OpenTasks(inbox);
        records = new EngineRecords(engine);
    }

    @Test
    @Order(1)
    void aScopeIsApprovedThenRevisedSentBackReworkedAndApprovedAgain() {
        assertThat(rest.withBasicAuth("viewer", "demo").getForEntity("/api/context/scope", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ScopeVersion first = scope.draft(draft("The ISMS covers the SaaS platform"), Actor.person("isms-manager"));
        assertThatThrownBy(() -> scope.draft(draft("Another"), Actor.person("isms-deputy"))).isInstanceOf(ConflictException.class)
                .hasMessage("Scope version 1 is being drafted: change it instead of starting another");

        UserTask approval = submitted(first);
        assertThat(approval.name()).isEqualTo("Approve");
        assertThat(approval.processId()).isEqualTo("approval");
        assertThat(approval.candidateGroups()).containsExactly("top-management");
        tasks.complete(approval.key(), TestUsers.as("top-manager"), Map.of("approvalDecision", "approve"));
        await().atMost(Duration.ofSeconds(20)).until(() -> records.isCompleted(approval.processInstanceKey()));
        assertThat(scope.current()).hasValueSatisfying(current -> {
            assertThat(current.getNumber()).isEqualTo(1);
            assertThat(current.getDecidedBy()).isEqualTo("top-manager");
        });
        assertThat(rest.withBasicAuth("viewer", "demo").getForObject("/api/context/scope", JsonNode.class).get("statement").asText())
                .isEqualTo("The ISMS covers the SaaS platform");

        ScopeVersion second = scope.draft(draft("The ISMS covers the SaaS platform and the support desk"), Actor.person("isms-manager"));
        UserTask secondApproval = submitted(second);
        assertThatThrownBy(() -> tasks.complete(secondApproval.key(), TestUsers.as("board-member"), Map.of("approvalDecision", "reject")))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems()).containsKey("approvalNote"));
        tasks.complete(secondApproval.key(), TestUsers.as("board-member"),
                Map.of("approvalDecision", "reject", "approvalNote", "Name the support desk's subcontractor as an interface"));
        await().atMost(Duration.ofSeconds(20)).until(() -> scope.get(second.getId()).getStatus() == ScopeStatus.DRAFT);
        assertThat(scope.get(second.getId()).getDecisionNote()).isEqualTo("Name the support desk's subcontractor as an interface");
        assertThat(scope.current()).map(ScopeVersion::getNumber).contains(1);

        ScopeVersion reworked = scope.get(second.getId());
        scope.change(reworked.getId(), new ScopeDraft(reworked.getStatement(), reworked.getBoundaries(), "Support desk run by HelpCo (contract C-12)",
                List.of(new ScopeDraft.Exclusion("Retail shops", "Franchised; no access to customer data")), reworked.getVersion()),
                Actor.person("isms-manager"));
        UserTask thirdApproval = submitted(scope.get(second.getId()));
        tasks.complete(thirdApproval.key(), TestUsers.as("top-manager"), Map.of("approvalDecision", "approve"));
        await().atMost(Duration.ofSeconds(20)).until(() -> scope.current().map(ScopeVersion::getNumber).orElse(0) == 2);

        assertThat(scope.get(first.getId()).getStatus()).isEqualTo(ScopeStatus.SUPERSEDED);
        assertThat(scope.current().orElseThrow().getExclusions()).extracting(ScopeVersion.Exclusion::exclusion).containsExactly("Retail shops");
        assertThat(trail.find(IsmsScope.SCOPE, "scope")).extracting(TrailEntry::action).containsExactly(
                "drafted", "submitted", "approved", "drafted", "submitted", "sent-back", "changed", "submitted", "approved");
    }

    @Test
    @Order(2)
    void whoeverDraftedAVersionMayNotApproveItAndAnOverdueApprovalIsChased() {
        UserTask approval = submitted(scope.draft(draft("Drafted by a board member"), Actor.person("top-manager")));
        assertThatThrownBy(() -> tasks.complete(approval.key(), TestUsers.as("top-manager"), Map.of("approvalDecision", "approve")))
                .isInstanceOf(RefusedException.class)
                .hasMessage("You proposed this version (ISMS scope, version 3): someone else approves it (four eyes)");
        clock.advance(Duration.ofDays(14).plusHours(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(escalations.of(approval.processInstanceKey()))
                .extracting(Escalation::level).containsExactly(Escalation.Level.REMINDER));
        assertThat(escalations.of(approval.processInstanceKey()).getFirst().recipients()).contains("top-manager", "board-member");
        tasks.complete(approval.key(), TestUsers.as("board-member"), Map.of("approvalDecision", "approve"));
        await().atMost(Duration.ofSeconds(20)).until(() -> records.isCompleted(approval.processInstanceKey()));
    }

    @Test
    void theApiNamesBadFields() {
        var refused = rest.withBasicAuth("isms-manager", "demo").postForEntity("/api/context/scope/versions",
                new HttpEntity<>(Map.of("statement", "", "exclusions", List.of(Map.of("exclusion", "Shops")))), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("boundaries", "exclusions[0].reason", "statement");
    }

    private UserTask submitted(ScopeVersion version) {
        scope.submit(version.getId(), Actor.person("isms-manager"));
        return openTasks.awaitTask("approve", "recordId", version.getId());
    }

    private static ScopeDraft draft(String statement) {
        return new ScopeDraft(statement, "Head office Berlin; AWS eu-central-1 tenant", null, List.of(), null);
    }
}
