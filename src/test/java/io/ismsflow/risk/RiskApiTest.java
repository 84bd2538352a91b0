package io.ismsflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.tasks.TaskInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpHeaders;

@IntegrationTest
class RiskApiTest {

    @Autowired TestRestTemplate rest;
    TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired TaskInbox inbox;

    @BeforeEach
    void signIn() {
        http = rest.withBasicAuth("isms-manager", "demo");
    }

    @Test
    void identifiesARiskAndScoresItWithTheMatrix() {
        ResponseEntity<JsonNode> created = post("/api/risks", newRisk());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode risk = created.getBody();
        assertThat(risk.get("code").asText()).matches("R-\\d{3,}");
        assertThat(risk.get("level").asText()).isEqualTo("HIGH");
        assertThat(risk.get("residualLevel").asText()).isEqualTo("LOW");
        assertThat(risk.get("acceptance").asText()).isEqualTo("WITHIN_APPETITE");
        assertThat(risk.get("matrixVersion").asInt()).isEqualTo(1);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/risks/" + risk.get("id").asLong());
        assertThat(http.getForEntity("/api/risks/" + risk.get("id").asLong(), JsonNode.class).getBody().get("code"))
                .isEqualTo(risk.get("code"));
        JsonNode trail = http.getForEntity("/api/audit-trail?entityType=risk&entityId=" + risk.get("id").asLong(), JsonNode.class).getBody();
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.get("action").asText()).isEqualTo("identified");
            assertThat(entry.get("actor").asText()).isEqualTo("isms-manager");
        });
    }

    @Test
    void badInputIsAProblemNamingEachField() {
        ObjectNode risk = newRisk();
        risk.put("title", "");
        risk.put("likelihood", 9);
        risk.put("confidentiality", false);
        risk.put("integrity", false);
        risk.put("availability", false);

        ResponseEntity<JsonNode> response = post("/api/risks", risk);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("ciaImpact", "likelihood", "title");
        assertThat(response.getBody().get("detail").asText()).contains("likelihood: must be less than or equal to 5");
    }

    @Test
    void anUnknownTreatmentIsAProblemNamingTheField() {
        ObjectNode risk = newRisk();
        risk.put("treatment", "IGNORE");

        ResponseEntity<JsonNode> response = post("/api/risks", risk);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("treatment");
    }

    @Test
    void aChangeToAStaleVersionIsAConflict() {
        JsonNode risk = post("/api/risks", newRisk()).getBody();
        String url = "/api/risks/" + risk.get("id").asLong();
        ObjectNode change = newRisk().put("title", "Renamed").put("version", risk.get("version").asLong());

        assertThat(put(url, change).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> stale = put(url, change.put("title", "Renamed again"));

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().get("detail").asText()).contains("was changed meanwhile");
        assertThat(put(url, newRisk()).getBody().get("errors").findValuesAsText("field")).containsExactly("version");
    }

    @Test
    void anUnknownRiskIsNotFound() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/risks/999999", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("detail").asText()).isEqualTo("Risk 999999 does not exist");
        assertThat(post("/api/risks/999999/reviews", json.createObjectNode()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aReviewStartsOnRequestAndNotTwice() {
        JsonNode risk = post("/api/risks", newRisk()).getBody();
        String reviews = "/api/risks/" + risk.get("id").asLong() + "/reviews";

        assertThat(post(reviews, json.createObjectNode()).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.get("id").asLong());

        ResponseEntity<JsonNode> again = post(reviews, json.createObjectNode());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").asText()).isEqualTo("A review of risk " + risk.get("code").asText() + " is already running");
    }

    private ObjectNode newRisk() {
        return json.createObjectNode()
                .put("title", "Stolen laptop exposes customer data")
                .put("asset", "Sales laptops")
                .put("threat", "Theft")
                .put("vulnerability", "No disk encryption")
                .put("confidentiality", true)
                .put("owner", "risk-owner")
                .put("likelihood", 3)
                .put("impact", 4)
                .put("treatment", "MODIFY")
                .put("treatmentPlan", "Enforce disk encryption")
                .put("residualLikelihood", 1)
                .put("residualImpact", 4);
    }

    private ResponseEntity<JsonNode> post(String url, JsonNode body) {
        return http.exchange(url, HttpMethod.POST, jsonBody(body), JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(String url, JsonNode body) {
        return http.exchange(url, HttpMethod.PUT, jsonBody(body), JsonNode.class);
    }

    private static HttpEntity<JsonNode> jsonBody(JsonNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
