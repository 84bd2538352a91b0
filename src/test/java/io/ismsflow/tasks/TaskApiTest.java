package io.ismsflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.RiskReviews;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The task inbox over HTTP, on the job-worker inbox of the in-memory engine. */
@IntegrationTest
class TaskApiTest {

    @Autowired TestRestTemplate rest;
    TestRestTemplate http;
    @Autowired RiskRegister register;
    @Autowired RiskReviews reviews;
    @Autowired TaskInbox inbox;
    @Autowired ObjectMapper json;
    @Autowired AuditTrail trail;
    @Autowired TaskRegister taskTable;
    @Autowired Clock clock;

    Risk risk;
    UserTask task;

    @BeforeEach
    void aReviewIsWaitingForItsOwner() {
        http = rest.withBasicAuth("risk-owner", "demo");
        risk = register.identify(new RiskDraft("Task API " + System.nanoTime(), null, "Asset", "Threat", "Vulnerability",
                true, false, false, "risk-owner", 2, 3, Treatment.MODIFY, null, 1, 3, LocalDate.now(clock).plusYears(1), null),
                Actor.person("test"));
        reviews.start(risk.getId(), "test");
        task = new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.getId());
    }

    @Test
    void listsTasksByCandidateGroupAndAssignee() {
        assertThat(keys("/api/tasks?candidateGroup=risk-owners")).contains(task.key());
        assertThat(keys("/api/tasks?assignee=risk-owner")).contains(task.key());
        assertThat(keys("/api/tasks?candidateGroup=auditors")).doesNotContain(task.key());
    }

    @Test
    void showsATaskWithItsFormAndVariables() {
        JsonNode page = http.getForObject("/api/tasks/" + task.key(), JsonNode.class);

        assertThat(page.at("/task/name").asText()).isEqualTo("Reassess risk");
        assertThat(page.at("/form/id").asText()).isEqualTo("risk-reassessment");
        assertThat(page.at("/form/components").isArray()).isTrue();
        assertThat(page.at("/variables/riskCode").asText()).isEqualTo(register.get(risk.getId()).getCode());
        assertThat(page.at("/variables/likelihood").asInt()).isEqualTo(2);
    }

    @Test
    void refusesASubmissionTheFormDoesNotAllow() {
        ResponseEntity<JsonNode> response = complete(Map.of("likelihood", 7, "impact", 3, "treatment", "MODIFY",
                "residualLikelihood", 1, "residualImpact", 3, "riskId", 1, "ownerAccepts", true));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("likelihood", "riskId");
        assertThat(inbox.find(task.key())).isPresent();
    }

    @Test
    void completesATaskThatThenLeavesTheList() {
        assertThat(taskTable.find(task.key())).hasValueSatisfying(row -> {
            assertThat(row.getState()).isEqualTo(TaskRecord.State.OPEN);
            assertThat(row.getSubject()).startsWith(register.get(risk.getId()).getCode());
            assertThat(row.task().assignee()).isEqualTo("risk-owner");
            assertThat(row.task().candidateGroups()).containsExactly("risk-owners");
            assertThat(row.task().due()).isNotNull();
        });

        ResponseEntity<JsonNode> response = complete(Map.of("likelihood", 2, "impact", 3, "treatment", "MODIFY",
                "residualLikelihood", 1, "residualImpact", 3, "ownerAccepts", true));

        assertThat(taskTable.find(task.key())).hasValueSatisfying(row -> {
            assertThat(row.getState()).isEqualTo(TaskRecord.State.COMPLETED);
            assertThat(row.getCompletedBy()).isEqualTo("risk-owner");
            assertThat(row.getClosedAt()).isNotNull();
        });

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(keys("/api/tasks")).doesNotContain(task.key());
        assertThat(http.getForEntity("/api/tasks/" + task.key(), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTaskClaimedBySomeoneElseCannotBeClaimed() {
        TestRestTemplate colleague = rest.withBasicAuth("it-operations", "demo");
        ResponseEntity<JsonNode> response = colleague.postForEntity("/api/tasks/" + task.key() + "/claim", null, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().get("detail").asText()).isEqualTo("Task " + task.key() + " is already claimed by risk-owner");

        assertThat(http.postForEntity("/api/tasks/" + task.key() + "/unclaim", null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(colleague.postForEntity("/api/tasks/" + task.key() + "/claim", null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(inbox.find(task.key()).orElseThrow().task().assignee()).isEqualTo("it-operations");
    }

    @Test
    void onlyTheAssigneeOrTheCandidateGroupMayWorkOnATask() {
        ResponseEntity<JsonNode> auditor = rest.withBasicAuth("auditor", "demo")
                .postForEntity("/api/tasks/" + task.key() + "/complete", new HttpEntity<>(Map.of("likelihood", 2)), JsonNode.class);
        assertThat(auditor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor.getBody().get("detail").asText()).contains("is claimed by risk-owner: only they or their delegate can complete it");

        assertThat(rest.withBasicAuth("viewer", "demo").postForEntity("/api/tasks/" + task.key() + "/claim", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity("/api/tasks/" + task.key() + "/claim", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(inbox.find(task.key())).isPresent();
    }

    @Test
    void aColleagueMayNeitherCompleteNorReleaseAClaimedTaskButTheGroupsManagerMayHandItOver() {
        TestRestTemplate colleague = rest.withBasicAuth("it-operations", "demo");
        ResponseEntity<JsonNode> completed = colleague.postForEntity("/api/tasks/" + task.key() + "/complete",
                new HttpEntity<>(validReassessment()), JsonNode.class);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(completed.getBody().get("detail").asText()).contains("is claimed by risk-owner");
        assertThat(colleague.postForEntity("/api/tasks/" + task.key() + "/unclaim", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(colleague.postForEntity("/api/tasks/" + task.key() + "/assign", Map.of("assignee", "it-operations"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // isms-manager manages the group risk-owners (isms.escalation.group-managers).
        TestRestTemplate manager = rest.withBasicAuth("isms-manager", "demo");
        assertThat(manager.postForEntity("/api/tasks/" + task.key() + "/assign", Map.of("assignee", "it-ops"), JsonNode.class)
                .getBody().get("errors").findValuesAsText("field")).containsExactly("assignee");
        assertThat(manager.postForEntity("/api/tasks/" + task.key() + "/assign", Map.of("assignee", "it-operations"), Void.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(inbox.find(task.key()).orElseThrow().task().assignee()).isEqualTo("it-operations");
        assertThat(trail.find("task", String.valueOf(task.key()))).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("reassigned"))
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("isms-manager"));

        // A reassessment is the named owner's own (6.1.3 f): handed to a colleague, it still waits for the owner.
        ResponseEntity<JsonNode> notTheOwner = colleague.postForEntity("/api/tasks/" + task.key() + "/complete",
                new HttpEntity<>(validReassessment()), JsonNode.class);
        assertThat(notTheOwner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(notTheOwner.getBody().get("detail").asText()).startsWith("Only Rafael Owner, the risk owner");
        manager.postForEntity("/api/tasks/" + task.key() + "/assign", Map.of("assignee", "risk-owner"), Void.class);
        assertThat(rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/tasks/" + task.key() + "/complete",
                new HttpEntity<>(validReassessment()), Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theDelegateOfTheAssigneeCompletesTheTaskAndTheTrailSaysForWhom() {
        TestRestTemplate delegate = rest.withBasicAuth("it-operations", "demo");
        LocalDate today = LocalDate.now(clock);
        ResponseEntity<JsonNode> named = http.postForEntity("/api/delegations",
                Map.of("delegate", "it-operations", "startsOn", today.toString(), "endsOn", today.plusDays(7).toString()), JsonNode.class);
        assertThat(named.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        try {
            assertThat(delegate.getForObject("/api/delegations", JsonNode.class).findValuesAsText("delegator")).contains("risk-owner");
            assertThat(delegate.postForEntity("/api/tasks/" + task.key() + "/complete", new HttpEntity<>(validReassessment()), Void.class)
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(trail.find("task", String.valueOf(task.key()))).singleElement()
                    .satisfies(entry -> assertThat(entry.action()).isEqualTo("completed-as-delegate"))
                    .satisfies(entry -> assertThat(entry.actor()).isEqualTo("it-operations"))
                    .satisfies(entry -> assertThat(entry.afterState()).contains("\"for\":\"risk-owner\""));
        } finally {
            http.postForEntity("/api/delegations/" + named.getBody().get("id").asLong() + "/revoke", null, JsonNode.class);
        }
        assertThat(delegate.postForEntity("/api/delegations/" + named.getBody().get("id").asLong() + "/revoke", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aDelegationNamesSomeoneElseForAPeriodThatHasNotEnded() {
        LocalDate today = LocalDate.now(clock);
        ResponseEntity<JsonNode> refused = http.postForEntity("/api/delegations",
                Map.of("delegate", "risk-owner", "startsOn", today.minusDays(9).toString(), "endsOn", today.minusDays(2).toString()),
                JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("delegate", "endsOn");
    }

    private Map<String, Object> validReassessment() {
        return Map.of("likelihood", 2, "impact", 3, "treatment", "MODIFY", "residualLikelihood", 1, "residualImpact", 3, "ownerAccepts", true);
    }

    @Test
    void anUnknownTaskIsNotFound() {
        assertThat(http.getForEntity("/api/tasks/42", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<JsonNode> complete(Map<String, Object> variables) {
        return http.postForEntity("/api/tasks/" + task.key() + "/complete", new HttpEntity<>(variables), JsonNode.class);
    }

    private java.util.List<Long> keys(String url) {
        return http.getForObject(url, JsonNode.class).findValues("key").stream().map(JsonNode::asLong).toList();
    }
}
