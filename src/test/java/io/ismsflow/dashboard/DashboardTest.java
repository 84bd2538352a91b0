package io.ismsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.measurement.Metrics;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.trail.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures against a seeded dataset with known answers: the heat map's counts on both sides with the
 * cells above the appetite, a tile per built-in metric with its status, and a process's steps with open, overdue and the
 * median and 90th-percentile cycle time. In a context of its own: the figures count every record.
 */
@Tag("calendar")
@IsolatedIntegrationTest
class DashboardTest {

    @Autowired TestRestTemplate rest;
    @Autowired RiskRegister risks;
    @Autowired Metrics metrics;
    @Autowired JdbcClient jdbc;
    @Autowired EngineClock clock;

    @Test
    void everyFigureHasItsKnownAnswer() {
        LocalDate today = LocalDate.now(clock);
        risk("Ransomware", 5, 5, 5, 4);
        risk("Phishing", 4, 3, 2, 2);
        risk("Lost laptop", 4, 3, 2, 2);
        metrics.sample(today);
        Instant now = clock.instant();
        for (int hours : List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) {
            task(hours, "record-measurement-value", "COMPLETED", now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(5)).plus(Duration.ofHours(hours)), null);
        }
        task(11, "record-measurement-value", "OPEN", now.minus(Duration.ofDays(2)), null, now.minus(Duration.ofDays(1)));
        task(12, "record-measurement-value", "OPEN", now.minus(Duration.ofDays(1)), null, now.plus(Duration.ofDays(3)));

        JsonNode dashboard = rest.withBasicAuth("viewer", "demo").getForObject("/api/dashboard", JsonNode.class);

        assertThat(dashboard.at("/heatmap/inherent/0/4").asLong()).isEqualTo(1);
        assertThat(dashboard.at("/heatmap/inherent/1/2").asLong()).isEqualTo(2);
        assertThat(dashboard.at("/heatmap/residual/0/3").asLong()).isEqualTo(1);
        assertThat(dashboard.at("/heatmap/residual/3/1").asLong()).isEqualTo(2);
        assertThat(dashboard.at("/heatmap/aboveAppetite/0/4").asBoolean()).isTrue();
        assertThat(dashboard.at("/heatmap/aboveAppetite/4/0").asBoolean()).isFalse();

        List<JsonNode> kpis = StreamSupport.stream(dashboard.get("kpis").spliterator(), false).toList();
        assertThat(kpis).hasSizeGreaterThanOrEqualTo(12);
        assertThat(kpis).filteredOn(kpi -> kpi.get("id").asText().equals("risks-above-appetite")).singleElement().satisfies(kpi -> {
            assertThat(kpi.get("value").decimalValue()).isEqualByComparingTo("1");
            assertThat(kpi.get("status").asText()).isEqualTo("WARNING");
            assertThat(kpi.get("trend")).hasSize(12);
            assertThat(kpi.get("link").asText()).isEqualTo("/risks?sort=level");
        });

        JsonNode measurement = dashboard.at("/processes/measurement");
        assertThat(measurement.get("open").asLong()).isEqualTo(2);
        assertThat(measurement.get("overdue").asLong()).isEqualTo(1);
        assertThat(measurement.at("/steps/0/completed").asLong()).isEqualTo(10);
        assertThat(measurement.at("/steps/0/median").asText()).isEqualTo("PT5H");
        assertThat(measurement.at("/steps/0/p90").asText()).isEqualTo("PT9H");

        assertThat(rest.withBasicAuth("viewer", "demo").getForEntity("/api/dashboard?days=1", JsonNode.class).getBody()
                .at("/processes/measurement/steps/0/completed").asLong()).isZero();
        assertThat(rest.getForEntity("/api/dashboard", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private void risk(String title, int likelihood, int impact, int residualLikelihood, int residualImpact) {
        risks.identify(new RiskDraft(title, null, "Asset", "Threat", "Vulnerability", true, false, false, "risk-owner", likelihood, impact,
                Treatment.MODIFY, null, residualLikelihood, residualImpact, LocalDate.now(clock).plusMonths(6), null), Actor.person("isms-manager"));
    }

    private void task(long key, String elementId, String state, Instant created, Instant closed, Instant due) {
        jdbc.sql("""
                insert into user_task (task_key, process_id, process_instance_key, element_id, name, created_at, due_at, state, closed_at, version)
                values (:key, 'measurement', :instance, :element, 'Record measurement', :created, :due, :state, :closed, 0)""")
                .param("key", 5_000_000 + key).param("instance", 6_000_000 + key).param("element", elementId).param("created", created)
                .param("due", due).param("state", state).param("closed", closed).update();
    }
}
