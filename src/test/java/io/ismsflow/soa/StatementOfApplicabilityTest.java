package io.ismsflow.soa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.trail.Actor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class StatementOfApplicabilityTest {

    @Autowired StatementOfApplicability soa;
    @Autowired TestRestTemplate rest;
    TestRestTemplate http;
    @Autowired ObjectMapper json;

    @BeforeEach
    void signIn() {
        http = rest.withBasicAuth("isms-manager", "demo");
    }

    @Test
    void holdsAll93AnnexAControlsAsPublished() throws IOException {
        Map<String, Control> annexA = soa.all().stream()
                .filter(control -> control.getSource() == ControlSource.ANNEX_A)
                .collect(Collectors.toMap(Control::getId, Function.identity()));
        List<String[]> published = new ClassPathResource("annex-a-2022.csv").getContentAsString(StandardCharsets.UTF_8)
                .lines().skip(1).map(StatementOfApplicabilityTest::csvRow).toList();

        assertThat(annexA).hasSize(93);
        for (String[] row : published) {
            Control control = annexA.get(row[0]);
            assertThat(control.getTitle()).as(row[0]).isEqualTo(row[1]);
            assertThat(control.getTheme().name()).as(row[0]).isEqualToIgnoringCase(row[2]);
        }
        assertThat(annexA.values().stream().collect(Collectors.groupingBy(Control::getTheme, Collectors.counting())))
                .containsOnly(Map.entry(Theme.ORGANIZATIONAL, 37L), Map.entry(Theme.PEOPLE, 8L),
                        Map.entry(Theme.PHYSICAL, 14L), Map.entry(Theme.TECHNOLOGICAL, 34L));
    }

    @Test
    void listsControlsInAnnexAOrder() {
        List<String> ids = soa.all().stream().map(Control::getId).toList();

        assertThat(ids).startsWith("5.1", "5.2", "5.3");
        assertThat(ids.indexOf("5.10")).isEqualTo(ids.indexOf("5.9") + 1);
        assertThat(ids.indexOf("6.1")).isEqualTo(ids.indexOf("5.37") + 1);
    }

    @Test
    void anExclusionNeedsAJustification() {
        JsonNode control = http.getForObject("/api/controls/7.5", JsonNode.class);
        ObjectNode decision = json.createObjectNode()
                .put("applicable", false)
                .put("implementationStatus", "PARTIAL")
                .put("version", control.get("version").asLong());

        ResponseEntity<JsonNode> response = put("/api/controls/7.5", decision);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("exclusionJustification", "implementationStatus");
    }

    @Test
    void recordsADecisionWithItsEvidenceAndRefusesAStaleOne() {
        JsonNode control = http.getForObject("/api/controls/8.15", JsonNode.class);
        ObjectNode decision = json.createObjectNode()
                .put("applicable", true)
                .put("inclusionJustification", "Logging required by the customer contract")
                .put("implementationStatus", "IMPLEMENTED")
                .put("owner", "risk-owner")
                .put("version", control.get("version").asLong());
        decision.putArray("inclusionReasons").add("CONTRACTUAL");
        decision.putArray("evidence").add("SIEM retention settings").add("Log review minutes 2026-10");

        ResponseEntity<JsonNode> decided = put("/api/controls/8.15", decision);

        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(decided.getBody().get("evidence").size()).isEqualTo(2);
        assertThat(decided.getBody().get("inclusionReasons").get(0).asText()).isEqualTo("CONTRACTUAL");
        assertThat(put("/api/controls/8.15", decision).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.getForObject("/api/audit-trail?entityType=control&entityId=8.15", JsonNode.class))
                .extracting(entry -> entry.get("action").asText()).contains("decided");
    }

    @Test
    void addsAnOwnControlOnceAndReportsUnknownOnes() {
        ObjectNode own = json.createObjectNode().put("id", "ORG-" + (System.nanoTime() % 10_000)).put("title", "Quarterly phishing simulation").put("theme", "PEOPLE");

        assertThat(http.exchange("/api/controls", HttpMethod.POST, new HttpEntity<>(own), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> again = http.exchange("/api/controls", HttpMethod.POST, new HttpEntity<>(own), JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody().get("errors").findValuesAsText("field")).containsExactly("id");

        ResponseEntity<JsonNode> unknown = http.getForEntity("/api/controls/5.99", JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("detail").asText()).isEqualTo("Control 5.99 does not exist in the SoA");
    }

    private ResponseEntity<JsonNode> put(String url, JsonNode body) {
        return http.exchange(url, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
    }

    private static String[] csvRow(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    @Test
    void aControlBeingImplementedIsApplicableEvenIfNobodyDecidedYet() {
        assertThat(soa.get("5.18").getApplicable()).isNull();

        soa.changeImplementationStatus("5.18", ImplementationStatus.IMPLEMENTED, "corrective action for NC-0042", Actor.person("isms-manager"));

        Control control = soa.get("5.18");
        assertThat(control.getApplicable()).isTrue();
        assertThat(control.getInclusionJustification()).isEqualTo("corrective action for NC-0042");
        assertThat(control.getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
        assertThat(soa.trailOf("5.18")).extracting(entry -> entry.action())
                .containsExactly("applicable-for-corrective-action", "status-changed");
    }
}
