package io.ismsflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Reassessment on significant change (8.2): a change record starts reviews of exactly the risks it names (one under
 * review already is left to that review), each review records its trigger; a later review date needs an ISMS
 * manager's approval with a reason.
 */
@Tag("calendar")
@IntegrationTest
class RiskChangesTest {

    @Autowired TestRestTemplate rest;
    @Autowired RiskRegister register;
    @Autowired RiskReviews reviews;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired AuditTrail trail;
    @Autowired EngineClock clock;

    @Test
    void aChangeStartsReviewsOfTheRisksItNamesAndEachReviewSaysWhy() {
        Risk vpn = risk("VPN appliance exploited");
        Risk laptops = risk("Laptop theft");
        Risk untouched = risk("Printer exposure");
        reviews.start(laptops.getId(), "isms-manager");
        UserTask running = new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", laptops.getId());

        ResponseEntity<JsonNode> recorded = rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/changes", new HttpEntity<>(Map.of(
                "title", "Replace the VPN with zero-trust access", "kind", "CHANGE", "sourceReference", "CAB-2026-117",
                "takesEffectOn", LocalDate.now(clock).plusWeeks(2).toString(), "affectedAssets", "Remote access",
                "risks", List.of(vpn.getId(), laptops.getId()), "controls", List.of("8.20"))), JsonNode.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String code = recorded.getBody().at("/change/code").asText();
        assertThat(code).startsWith("CHG-");
        assertThat(recorded.getBody().get("reviewsStarted").toString()).isEqualTo("[" + vpn.getId() + "]");

        assertThat(register.get(untouched.getId()).getStatus()).isEqualTo(RiskStatus.OPEN);
        UserTask triggered = new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", vpn.getId());
        tasks.complete(triggered.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(3, 3, 2, 2, ""));
        tasks.complete(running.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(3, 3, 2, 2, ""));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !register.assessmentsOf(vpn.getId()).isEmpty()
                && !register.assessmentsOf(laptops.getId()).isEmpty());

        assertThat(register.assessmentsOf(vpn.getId())).singleElement().satisfies(assessment -> {
            assertThat(assessment.reviewTrigger()).isEqualTo(ReviewTrigger.CHANGE);
            assertThat(assessment.triggerReference()).isEqualTo(code);
        });
        assertThat(register.assessmentsOf(laptops.getId())).singleElement()
                .satisfies(assessment -> assertThat(assessment.reviewTrigger()).isEqualTo(ReviewTrigger.REQUEST));

        ResponseEntity<JsonNode> refused = rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/changes", new HttpEntity<>(Map.of(
                "title", "", "kind", "SCHEDULED", "takesEffectOn", LocalDate.now(clock).plusWeeks(1).toString(), "risks", List.of())), JsonNode.class);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("kindOfChange", "risks", "title");
    }

    @Test
    void aLaterReviewDateNeedsAnIsmsManagersApprovalWithAReason() {
        Risk risk = risk("Backups reachable from the domain");
        Risk current = register.get(risk.getId());
        Map<String, Object> later = new HashMap<>(Map.of("title", current.getTitle(), "asset", "Asset", "threat", "Threat",
                "vulnerability", "Vulnerability", "confidentiality", true, "owner", "risk-owner", "likelihood", 3, "impact", 3,
                "treatment", "MODIFY", "residualLikelihood", 2));
        later.put("residualImpact", 2);
        later.put("nextReviewDue", current.getNextReviewDue().plusMonths(6).toString());
        later.put("version", current.getVersion());
        ResponseEntity<JsonNode> edited = rest.withBasicAuth("risk-owner", "demo").exchange("/api/risks/" + risk.getId(), HttpMethod.PUT,
                new HttpEntity<>(later), JsonNode.class);
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(edited.getBody().get("errors").findValuesAsText("field")).containsExactly("nextReviewDue");

        Map<String, Object> deferral = Map.of("nextReviewDue", current.getNextReviewDue().plusMonths(6).toString(),
                "reason", "The system is decommissioned in spring; reviewing it now would be wasted");
        assertThat(rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/risks/" + risk.getId() + "/deferral", new HttpEntity<>(deferral),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("isms-manager", "demo").postForEntity("/api/risks/" + risk.getId() + "/deferral", new HttpEntity<>(deferral),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(register.get(risk.getId()).getNextReviewDue()).isEqualTo(current.getNextReviewDue().plusMonths(6));
        assertThat(trail.find("risk", risk.getId().toString())).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("review-deferred");
            assertThat(entry.actor()).isEqualTo("isms-manager");
            assertThat(entry.afterState()).contains("decommissioned in spring");
        });
    }

    private Risk risk(String title) {
        return register.identify(new RiskDraft(title + " " + System.nanoTime(), null, "Asset", "Threat", "Vulnerability", true, false,
                false, "risk-owner", 3, 3, Treatment.MODIFY, null, 2, 2, LocalDate.now(clock).plusMonths(3), null), Actor.person("isms-manager"));
    }
}
