package io.ismsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.Together;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Ten identical requests released at once, as the probe sent them: exactly one wins, the others get a clear
 * 4xx, and the engine runs exactly one process. In a context of its own, so the counts are exact.
 */
@IsolatedIntegrationTest
class ConcurrentRequestsTest {

    private static final int THREADS = 10;

    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;
    @Autowired Nonconformities nonconformities;
    @Autowired RiskRegister risks;
    @Autowired TaskInbox inbox;

    @Test
    void tenRaisesOfOneReferenceMakeOneNonconformityWithOneProcess() {
        Map<String, Object> draft = Map.of("reference", "IA-2027-03-F2", "source", "INTERNAL_AUDIT", "title", "Unreviewed firewall rules",
                "description", "Rules older than a year were not reviewed.", "severity", "MINOR", "owner", "risk-owner");

        List<HttpStatusCode> answers = Together.run(THREADS, n -> rest.withBasicAuth("isms-manager", "demo")
                .postForEntity("/api/nonconformities", new HttpEntity<>(draft), JsonNode.class).getStatusCode());

        assertThat(answers).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
        assertThat(answers).filteredOn(HttpStatus.CONFLICT::equals).hasSize(THREADS - 1);
        long id = nonconformities.findByReference("IA-2027-03-F2").orElseThrow().getId();
        assertThat(nonconformities.find(null, null, null)).hasSize(1);
        OpenTasks tasks = new OpenTasks(inbox);
        tasks.awaitTask("contain-and-correct", "nonconformityId", id);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> tasks.all("contain-and-correct", "nonconformityId", id).size() == 1);
    }

    @Test
    void tenReviewRequestsForOneRiskStartOneReviewAndTheOthersAreConflicts() {
        Risk risk = risks.identify(new RiskDraft("Concurrent reviews", null, "Asset", "Threat", "Vulnerability", true, false, false,
                "risk-owner", 2, 3, Treatment.MODIFY, null, 1, 3, LocalDate.now(clock).plusYears(1), null), Actor.person("test"));

        List<HttpStatusCode> answers = Together.run(THREADS, n -> rest.withBasicAuth("risk-owner", "demo")
                .postForEntity("/api/risks/" + risk.getId() + "/reviews", null, JsonNode.class).getStatusCode());

        assertThat(answers).filteredOn(HttpStatus.ACCEPTED::equals).hasSize(1);
        assertThat(answers).filteredOn(HttpStatus.CONFLICT::equals).hasSize(THREADS - 1);
        OpenTasks tasks = new OpenTasks(inbox);
        tasks.awaitTask("reassess-risk", "riskId", risk.getId());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> tasks.all("reassess-risk", "riskId", risk.getId()).size() == 1);
    }

    @Test
    void tenCompletionsOfOneTaskCompleteItOnceAndTellTheOthersItIsGone() {
        Risk risk = risks.identify(new RiskDraft("Concurrent completions", null, "Asset", "Threat", "Vulnerability", true, false, false,
                "risk-owner", 2, 3, Treatment.MODIFY, null, 1, 3, LocalDate.now(clock).plusYears(1), null), Actor.person("test"));
        rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/risks/" + risk.getId() + "/reviews", null, JsonNode.class);
        UserTask task = new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.getId());
        Map<String, Object> reassessment = Map.of("likelihood", 2, "impact", 2, "treatment", "MODIFY",
                "residualLikelihood", 1, "residualImpact", 1, "ownerAccepts", true);

        List<ResponseEntity<JsonNode>> answers = Together.run(THREADS, n -> rest.withBasicAuth("risk-owner", "demo")
                .postForEntity("/api/tasks/" + task.key() + "/complete", new HttpEntity<>(reassessment), JsonNode.class));

        assertThat(answers).extracting(ResponseEntity::getStatusCode).filteredOn(HttpStatus.NO_CONTENT::equals).hasSize(1);
        assertThat(answers).extracting(ResponseEntity::getStatusCode).filteredOn(HttpStatus.NOT_FOUND::equals).hasSize(THREADS - 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> risks.assessmentsOf(risk.getId()).size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> risks.assessmentsOf(risk.getId()).size() == 1);
    }
}
