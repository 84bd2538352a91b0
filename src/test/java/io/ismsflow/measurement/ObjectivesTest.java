package io.ismsflow.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.trail.Actor;
import java.time.LocalDate;
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
 * An objective's fulfilment (6.2) follows its metric: on track, at risk as the metric worsens, missed once due while
 * off target; every day's standing is kept. In a context of its own: the metric counts every risk in the database.
 */
@Tag("calendar")
@IsolatedIntegrationTest
class ObjectivesTest {

    @Autowired TestRestTemplate rest;
    @Autowired Metrics metrics;
    @Autowired Objectives objectives;
    @Autowired RiskRegister risks;
    @Autowired EngineClock clock;

    @Test
    void anObjectiveStandsAsItsMetricMovesAndKeepsItsHistory() {
        LocalDate today = LocalDate.now(clock);
        metrics.sample(today.minusDays(3));
        long aboveAppetite = metrics.byKey("risks-above-appetite").orElseThrow().getId();
        ResponseEntity<JsonNode> set = rest.withBasicAuth("top-manager", "demo").postForEntity("/api/objectives", new HttpEntity<>(Map.of(
                "title", "No risk above the appetite", "metrics", List.of(aboveAppetite), "plan", "Treat or accept every high risk by its review",
                "owner", "isms-manager", "dueOn", today.minusDays(1).toString())), JsonNode.class);
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = set.getBody().get("id").asLong();

        objectives.evaluateAll(today.minusDays(3));
        assertThat(objectives.standing(id, today.minusDays(3)).now()).isEqualTo(Fulfilment.ON_TRACK);

        aboveTheAppetite();
        metrics.sample(today.minusDays(2));
        objectives.evaluateAll(today.minusDays(2));
        assertThat(objectives.standing(id, today.minusDays(2)).now()).isEqualTo(Fulfilment.AT_RISK);

        aboveTheAppetite();
        aboveTheAppetite();
        metrics.sample(today);
        objectives.evaluateAll(today);
        objectives.evaluateAll(today);
        assertThat(objectives.standing(id, today).history()).extracting(Objectives.Day::fulfilment)
                .containsExactly(Fulfilment.MISSED, Fulfilment.AT_RISK, Fulfilment.ON_TRACK);

        ResponseEntity<JsonNode> refused = rest.withBasicAuth("top-manager", "demo").postForEntity("/api/objectives", new HttpEntity<>(Map.of(
                "title", "", "metrics", List.of(), "plan", "x", "owner", "nobody-here", "dueOn", "1999-01-01")), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("dueOn", "metrics", "owner", "title");
        assertThat(rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/objectives", new HttpEntity<>(Map.of()), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void aboveTheAppetite() {
        risks.identify(new RiskDraft("Above " + System.nanoTime(), null, "Asset", "Threat", "Vulnerability", true, false, false, "risk-owner",
                5, 5, Treatment.MODIFY, null, 4, 4, LocalDate.now(clock).plusMonths(3), null), Actor.person("isms-manager"));
    }
}
