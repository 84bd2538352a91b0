package io.ismsflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.engine.EngineClock;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The risk criteria (6.1.2 a) as approved, versioned records: proposed by an ISMS manager, approved by top management
 * (never by the proposer), sent back with a reason; assessments keep the version they were scored with. In a context
 * of its own: it changes the criteria in force.
 */
@Tag("calendar")
@IsolatedIntegrationTest
class RiskCriteriaTest {

    @Autowired TestRestTemplate rest;
    @Autowired RiskCriteria criteria;
    @Autowired RiskRegister risks;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired AuditTrail trail;
    @Autowired EngineClock clock;
    @Autowired ObjectMapper json;

    @Test
    void newCriteriaAreProposedApprovedByTopManagementAndScoreFromThenOn() throws Exception {
        RiskMatrix first = criteria.current();
        assertThat(first.id()).isEqualTo(1);
        assertThat(first.point(RiskMatrix.Axis.LIKELIHOOD, 3).name()).isEqualTo("Possible");
        assertThat(first.ruleFor(RiskLevel.CRITICAL).acceptanceAuthority()).isEqualTo(AcceptanceAuthority.TOP_MANAGEMENT);
        Risk scoredBefore = risks.identify(new RiskDraft("Scored under version 1", null, "Asset", "Threat", "Vulnerability", true, false,
                false, "risk-owner", 4, 4, Treatment.MODIFY, null, 3, 4, null, null), Actor.person("risk-owner"));
        assertThat(scoredBefore.getNextReviewDue()).isEqualTo(LocalDate.now(clock).plusMonths(6));

        Map<String, Object> stricter = draft(first);
        stricter.put("description", "Lower appetite after the ransomware incident; high risks reviewed every 4 months");
        stricter.put("appetite", "LOW");
        ((List<Map<String, Object>>) stricter.get("rules")).get(2).put("reviewInterval", "P4M");
        assertThat(rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/risk-criteria", new HttpEntity<>(stricter), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> proposed = manager().postForEntity("/api/risk-criteria", new HttpEntity<>(stricter), JsonNode.class);
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(proposed.getBody().get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(manager().postForEntity("/api/risk-criteria", new HttpEntity<>(stricter), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        UserTask approval = new OpenTasks(inbox).awaitTask("approve", "recordId", 2);
        assertThat(approval.candidateGroups()).containsExactly("top-management");
        assertThatThrownBy(() -> tasks.complete(approval.key(), new io.ismsflow.security.CurrentUser("isms-manager",
                java.util.Set.of("isms-managers", "top-management")), Map.of("approvalDecision", "approve")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("You proposed this version (Risk criteria, version 2)");
        tasks.complete(approval.key(), TestUsers.as("top-manager"), Map.of("approvalDecision", "approve"));
        await().atMost(Duration.ofSeconds(20)).until(() -> criteria.current().id() == 2);

        assertThat(criteria.get(1).status()).isEqualTo(CriteriaStatus.SUPERSEDED);
        assertThat(criteria.current().decidedBy()).isEqualTo("top-manager");
        Risk scoredAfter = risks.identify(new RiskDraft("Scored under version 2", null, "Asset", "Threat", "Vulnerability", true, false,
                false, "risk-owner", 4, 4, Treatment.MODIFY, null, 3, 4, null, null), Actor.person("risk-owner"));
        assertThat(scoredAfter.getNextReviewDue()).isEqualTo(LocalDate.now(clock).plusMonths(4));
        assertThat(scoredAfter.getAcceptance()).isEqualTo(Acceptance.ABOVE_APPETITE);
        assertThat(risks.get(scoredBefore.getId()).getNextReviewDue()).isEqualTo(LocalDate.now(clock).plusMonths(6));
        assertThat(trail.find("risk-criteria", "criteria")).extracting(TrailEntry::action).containsExactly("proposed", "approved");

        Map<String, Object> looser = draft(criteria.current());
        looser.put("description", "Back to medium");
        looser.put("appetite", "MEDIUM");
        manager().postForEntity("/api/risk-criteria", new HttpEntity<>(looser), JsonNode.class);
        UserTask second = new OpenTasks(inbox).awaitTask("approve", "recordId", 3);
        tasks.complete(second.key(), TestUsers.as("board-member"), Map.of("approvalDecision", "reject",
                "approvalNote", "Not before the insurer has seen the new controls"));
        await().atMost(Duration.ofSeconds(20)).until(() -> criteria.get(3).status() == CriteriaStatus.REJECTED);
        assertThat(criteria.current().id()).isEqualTo(2);
        assertThat(criteria.get(3).decisionNote()).isEqualTo("Not before the insurer has seen the new controls");
    }

    @Test
    void criteriaThatContradictThemselvesAreRefusedFieldByField() throws Exception {
        Map<String, Object> bad = draft(criteria.current());
        List<List<String>> levels = (List<List<String>>) bad.get("levels");
        levels.get(4).set(4, "LOW");
        ((List<Map<String, Object>>) bad.get("rules")).get(3).put("acceptanceAuthority", "RISK_OWNER");
        ((List<Object>) bad.get("likelihood")).remove(0);
        ResponseEntity<JsonNode> refused = manager().postForEntity("/api/risk-criteria", new HttpEntity<>(bad), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("levels", "likelihood", "rules");
        assertThat(manager().postForEntity("/api/risk-criteria", new HttpEntity<>(draft(criteria.current())), JsonNode.class)
                .getBody().get("errors").toString()).contains("the same as the criteria in force");
    }

    /** The criteria as JSON the API takes, to change. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> draft(RiskMatrix from) throws Exception {
        Map<String, Object> draft = json.readValue(json.writeValueAsString(CriteriaDraft.of(from)), Map.class);
        draft.put("levels", new ArrayList<>(((List<List<String>>) draft.get("levels")).stream().map(ArrayList::new).toList()));
        draft.put("likelihood", new ArrayList<>((List<Object>) draft.get("likelihood")));
        return draft;
    }

    private TestRestTemplate manager() {
        return rest.withBasicAuth("isms-manager", "demo");
    }
}
