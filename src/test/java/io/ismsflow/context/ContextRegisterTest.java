package io.ismsflow.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.trail.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The context register (4.1) through its API: issues recorded, edited and retired with their trail, bad input named
 * field by field, stale changes refused; the climate decision missing (a gap) until recorded, then the latest holds.
 * In a context of its own, so that the gap is this test's own.
 */
@IsolatedIntegrationTest
class ContextRegisterTest {

    @Autowired TestRestTemplate rest;
    @Autowired OrganisationContext context;
    @Autowired AuditTrail trail;
    @Autowired Clock clock;

    @Test
    void anIssueIsRecordedEditedAndRetiredWithItsTrail() {
        ResponseEntity<JsonNode> recorded = manager().postForEntity("/api/context/issues", new HttpEntity<>(issue()), JsonNode.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = recorded.getBody().get("id").asLong();
        assertThat(recorded.getBody().get("code").asText()).isEqualTo("ISS-%03d".formatted(id));

        Map<String, Object> change = new HashMap<>(issue());
        change.put("effect", "Incident reports within 24 hours");
        change.put("version", recorded.getBody().get("version").asLong());
        assertThat(manager().exchange("/api/context/issues/" + id, HttpMethod.PUT, new HttpEntity<>(change), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> stale = manager().exchange("/api/context/issues/" + id, HttpMethod.PUT, new HttpEntity<>(change), JsonNode.class);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(manager().postForEntity("/api/context/issues/" + id + "/retire", null, JsonNode.class).getBody().get("status").asText())
                .isEqualTo("RETIRED");
        assertThat(trail.find(OrganisationContext.ISSUE, String.valueOf(id))).extracting(entry -> entry.action())
                .containsExactly("recorded", "edited", "retired");
    }

    @Test
    void badInputIsNamedFieldByFieldAndOnlyIsmsManagersChangeTheRegister() {
        Map<String, Object> bad = new HashMap<>(issue());
        bad.put("title", "");
        bad.put("owner", "nobody-here");
        bad.put("reviewDue", "1999-01-01");
        ResponseEntity<JsonNode> refused = manager().postForEntity("/api/context/issues", new HttpEntity<>(bad), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("owner", "reviewDue", "title");
        assertThat(rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/context/issues", new HttpEntity<>(issue()), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager().getForEntity("/api/context/issues/999999", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theClimateDecisionIsAGapUntilRecordedAndTheLatestHolds() {
        assertThat(context.climateDecision()).isEmpty();

        decide(false, "No climate-related requirement from customers or law", today().minusMonths(9).toString());
        decide(true, "Floods threaten the head office; customers ask about climate resilience", today().minusMonths(3).toString());

        assertThat(context.climateDecision()).hasValueSatisfying(decision -> {
            assertThat(decision.relevant()).isTrue();
            assertThat(decision.decidedBy()).isEqualTo("top-manager");
        });
        assertThat(rest.withBasicAuth("viewer", "demo").getForObject("/api/context/climate-decisions", JsonNode.class)
                .findValuesAsText("rationale")).hasSize(2).first().asString().startsWith("Floods");
        ResponseEntity<JsonNode> missing = rest.withBasicAuth("top-manager", "demo").postForEntity("/api/context/climate-decisions",
                new HttpEntity<>(Map.of("rationale", "", "decidedBy", "top-manager", "decidedOn", today().toString())), JsonNode.class);
        assertThat(missing.getBody().get("errors").findValuesAsText("field")).containsExactly("rationale", "relevant");
    }

    @Test
    void anInterestedPartysRequirementsSayHowTheIsmsAddressesThemOrWhyNot() {
        Map<String, Object> addressed = Map.of("requirement", "ISO/IEC 27001 certificate before contract renewal", "source", "Framework contract",
                "addressed", true, "how", "Certification audit planned; controls 5.1, 5.36");
        Map<String, Object> declined = new HashMap<>(Map.of("requirement", "Data centre in the customer's country", "addressed", false,
                "climateRelated", false));
        Map<String, Object> party = new HashMap<>(Map.of("name", "Enterprise customers", "kind", "CUSTOMERS",
                "requirements", List.of(addressed, declined)));

        ResponseEntity<JsonNode> unexplained = manager().postForEntity("/api/context/parties", new HttpEntity<>(party), JsonNode.class);
        assertThat(unexplained.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unexplained.getBody().get("errors").findValuesAsText("field")).containsExactly("requirements[1].decisionExplained");

        declined.put("whyNot", "Our hosting region covers the customer's legal requirements; agreed in the contract");
        ResponseEntity<JsonNode> recorded = manager().postForEntity("/api/context/parties", new HttpEntity<>(party), JsonNode.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = recorded.getBody().get("id").asLong();
        assertThat(recorded.getBody().get("notAddressed").asInt()).isEqualTo(1);
        assertThat(recorded.getBody().at("/requirements/0/how").asText()).startsWith("Certification audit");

        party.put("requirements", List.of(addressed));
        party.put("version", recorded.getBody().get("version").asLong());
        assertThat(manager().exchange("/api/context/parties/" + id, HttpMethod.PUT, new HttpEntity<>(party), JsonNode.class).getBody()
                .get("requirements").size()).isEqualTo(1);
        ResponseEntity<JsonNode> badFeedback = manager().postForEntity("/api/context/parties/" + id + "/feedback", new HttpEntity<>(
                Map.of("receivedOn", today().minusWeeks(5).toString(), "channel", "SURVEY", "summary", "", "nonconformity", "NC-3")), JsonNode.class);
        assertThat(badFeedback.getBody().get("errors").findValuesAsText("field")).containsExactly("nonconformity", "summary");
        assertThat(manager().postForEntity("/api/context/parties/" + id + "/feedback", new HttpEntity<>(Map.of("receivedOn", today().minusWeeks(5).toString(),
                "channel", "SURVEY", "summary", "Incident answers take too long", "response", "Triage within 4 hours", "nonconformity", "NC-0003")),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(manager().getForObject("/api/context/parties/" + id + "/feedback", JsonNode.class).findValuesAsText("summary"))
                .containsExactly("Incident answers take too long");
        manager().postForEntity("/api/context/parties/" + id + "/retire", null, JsonNode.class);
        assertThat(trail.find(OrganisationContext.PARTY, String.valueOf(id))).extracting(entry -> entry.action())
                .containsExactly("recorded", "edited", "feedback-recorded", "retired");
    }

    private void decide(boolean relevant, String rationale, String on) {
        assertThat(rest.withBasicAuth("top-manager", "demo").postForEntity("/api/context/climate-decisions", new HttpEntity<>(
                Map.of("relevant", relevant, "rationale", rationale, "decidedBy", "top-manager", "decidedOn", on)), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private TestRestTemplate manager() {
        return rest.withBasicAuth("isms-manager", "demo");
    }

    private Map<String, Object> issue() {
        return Map.of("title", "NIS2 applies to us", "origin", "EXTERNAL", "category", "LEGAL",
                "effect", "Incident reporting and management accountability", "owner", "isms-manager", "reviewDue", today().plusMonths(6).toString());
    }
}
