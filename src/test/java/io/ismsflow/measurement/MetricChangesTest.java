package io.ismsflow.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.trail.Actor;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A metric's definition and thresholds change after it was defined, through the API: with the reason in the trail,
 * results keeping the evaluation they had; a warning on the wrong side of the target, a stale version, a viewer and a
 * metric that does not exist are refused.
 */
@IntegrationTest
class MetricChangesTest {

    @Autowired TestRestTemplate rest;
    @Autowired Metrics metrics;
    @Autowired AuditTrail trail;

    @Test
    void aManualMetricIsRedefinedAndItsThresholdsMovedWithTheReasonsKept() {
        Metric metric = metrics.defineManual(new MetricDraft("Patch latency " + System.nanoTime(), "Technical vulnerabilities (8.8)",
                "Median days from release to installation", "days", Direction.LOWER_IS_BETTER, new BigDecimal("7"), new BigDecimal("14"),
                Frequency.MONTHLY, "it-operations", "isms-managers"), Actor.person("isms-manager"));
        Measurement taken = metrics.record(metric.getId(), "2026-10", new BigDecimal("10"), null, Actor.person("it-operations"));
        assertThat(taken.evaluation()).isEqualTo(Evaluation.WARNING);

        Map<String, Object> definition = definition(metric.getName());
        definition.put("frequency", "QUARTERLY");
        ResponseEntity<JsonNode> revised = put("isms-manager", "/api/metrics/" + metric.getId(),
                Map.of("definition", definition, "reason", "Patching moves to a quarterly cycle", "version", metric.getVersion()));
        assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revised.getBody().get("frequency").asText()).isEqualTo("QUARTERLY");

        ResponseEntity<JsonNode> moved = put("isms-manager", "/api/metrics/" + metric.getId() + "/thresholds", Map.of("target", 10,
                "warning", 20, "evaluatedBy", "top-management", "reason", "The board accepts ten days", "version", revised.getBody().get("version")));
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.get(metric.getId()).evaluate(new BigDecimal("10"))).isEqualTo(Evaluation.ON_TARGET);
        assertThat(metrics.series(metric.getId())).singleElement().extracting(Measurement::evaluation).isEqualTo(Evaluation.WARNING);
        assertThat(trail.find("metric", String.valueOf(metric.getId()))).extracting(TrailEntry::action)
                .containsExactly("defined", "measured", "revised", "thresholds-changed");
        assertThat(trail.find("metric", String.valueOf(metric.getId())).getLast().afterState()).contains("The board accepts ten days");

        ResponseEntity<JsonNode> stale = put("isms-manager", "/api/metrics/" + metric.getId() + "/thresholds", Map.of("target", 5,
                "warning", 9, "evaluatedBy", "isms-managers", "reason", "Again", "version", metric.getVersion()));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void badChangesAreRefusedNamingTheField() {
        Metric metric = metrics.defineManual(new MetricDraft("Training completion " + System.nanoTime(), "Awareness (7.3)",
                "Share of staff who finished the annual training", "%", Direction.HIGHER_IS_BETTER, new BigDecimal("95"), new BigDecimal("85"),
                Frequency.QUARTERLY, "risk-owner", "isms-managers"), Actor.person("isms-manager"));
        String thresholds = "/api/metrics/" + metric.getId() + "/thresholds";

        ResponseEntity<JsonNode> upsideDown = put("isms-manager", thresholds, Map.of("target", 85, "warning", 95, "evaluatedBy", "isms-managers",
                "reason", "Typo", "version", metric.getVersion()));
        assertThat(upsideDown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(upsideDown.getBody().toString()).contains("warning").contains("must not be above the target when higher is better");

        ResponseEntity<JsonNode> noReason = put("isms-manager", thresholds, Map.of("target", 90, "warning", 80, "evaluatedBy", "isms-managers",
                "version", metric.getVersion()));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().toString()).contains("reason");

        Map<String, Object> blankName = definition("");
        ResponseEntity<JsonNode> revision = put("isms-manager", "/api/metrics/" + metric.getId(), Map.of("definition", blankName, "reason", "x",
                "version", metric.getVersion()));
        assertThat(revision.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(revision.getBody().toString()).contains("definition.name");

        assertThat(put("viewer", thresholds, Map.of("target", 90, "warning", 80, "evaluatedBy", "isms-managers", "reason", "x",
                "version", metric.getVersion())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("isms-manager", "/api/metrics/999999/thresholds", Map.of("target", 90, "warning", 80, "evaluatedBy", "isms-managers",
                "reason", "x", "version", 0)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(metrics.get(metric.getId()).getTarget()).isEqualByComparingTo("95");
    }

    private ResponseEntity<JsonNode> put(String user, String path, Map<String, Object> body) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
    }

    private static Map<String, Object> definition(String name) {
        Map<String, Object> definition = new HashMap<>(Map.of("name", name, "measures", "Technical vulnerabilities (8.8)",
                "method", "Median days from release to installation", "unit", "days", "direction", "LOWER_IS_BETTER", "target", 7,
                "warning", 14, "frequency", "MONTHLY", "measuredBy", "it-operations"));
        definition.put("evaluatedBy", "isms-managers");
        return definition;
    }
}
