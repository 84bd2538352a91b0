package io.ismsflow.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The improvement register (10.1) through its API: proposed, decided by an ISMS manager, done; stale and impossible decisions refused. */
@IntegrationTest
class ImprovementsTest {

    @Autowired TestRestTemplate rest;
    @Autowired AuditTrail trail;

    @Test
    void anOpportunityIsProposedAdoptedAndDoneWithItsTrail() {
        ResponseEntity<JsonNode> proposed = rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/improvements", new HttpEntity<>(Map.of(
                "source", "STAFF_SUGGESTION", "description", "Automate the quarterly access review with the HR leaver list")), JsonNode.class);
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = proposed.getBody().get("id").asLong();
        assertThat(proposed.getBody().get("code").asText()).isEqualTo("IMP-%03d".formatted(id));

        assertThat(rest.withBasicAuth("viewer", "demo").postForEntity("/api/improvements", new HttpEntity<>(Map.of("source", "INCIDENT",
                "description", "x")), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> bad = rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/improvements", new HttpEntity<>(Map.of(
                "source", "RUMOUR", "description", "")), JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        long version = proposed.getBody().get("version").asLong();
        assertThat(rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/improvements/" + id + "/decision", new HttpEntity<>(Map.of(
                "decision", "ADOPTED", "reason", "Saves a day a quarter", "version", version)), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> adopted = manager().postForEntity("/api/improvements/" + id + "/decision", new HttpEntity<>(Map.of(
                "decision", "ADOPTED", "reason", "Saves a day a quarter", "linkedReference", "CHG-2027-004", "version", version)), JsonNode.class);
        assertThat(adopted.getBody().get("status").asText()).isEqualTo("ADOPTED");
        assertThat(manager().postForEntity("/api/improvements/" + id + "/decision", new HttpEntity<>(Map.of(
                "decision", "REJECTED", "reason", "Too late", "version", version)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        long adoptedVersion = adopted.getBody().get("version").asLong();
        assertThat(manager().postForEntity("/api/improvements/" + id + "/decision", new HttpEntity<>(Map.of(
                "decision", "REJECTED", "reason", "Too late", "version", adoptedVersion)), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(manager().postForEntity("/api/improvements/" + id + "/decision", new HttpEntity<>(Map.of(
                "decision", "DONE", "reason", "Runs since January", "version", adoptedVersion)), JsonNode.class).getBody().get("status").asText())
                .isEqualTo("DONE");
        assertThat(trail.find("improvement", String.valueOf(id))).extracting(TrailEntry::action).containsExactly("proposed", "decided", "decided");
        assertThat(manager().getForEntity("/api/improvements/999999", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private TestRestTemplate manager() {
        return rest.withBasicAuth("isms-manager", "demo");
    }
}
