package io.ismsflow.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.corrective.NonconformitySource;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.escalation.Escalation;
import io.ismsflow.escalation.Escalations;
import io.ismsflow.support.EngineRecords;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The measurement of manual metrics (9.1) end to end: started once per period when it has ended; a value on target
 * closes it; off target it goes to an evaluator who raises a nonconformity, whose corrective-action process starts;
 * a measurement not recorded is escalated.
 */
@Tag("calendar")
@IntegrationTest
class MeasurementProcessTest {

    @Autowired TestRestTemplate rest;
    @Autowired Metrics metrics;
    @Autowired MeasurementRequests requests;
    @Autowired Nonconformities nonconformities;
    @Autowired Improvements improvements;
    @Autowired Escalations escalations;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired ZeebeTestEngine engine;
    @Autowired EngineClock clock;

    @Test
    void aValueOnTargetIsRecordedAndOneOffTargetRaisesANonconformity() {
        long onTarget = define("Phishing click rate " + System.nanoTime());
        long offTarget = define("Patch latency " + System.nanoTime());
        LocalDate today = LocalDate.now(clock);
        String period = Frequency.MONTHLY.periodBefore(today);

        assertThat(requests.startDue(today)).isGreaterThanOrEqualTo(2);
        assertThat(requests.startDue(today)).isZero();
        OpenTasks open = new OpenTasks(inbox);
        UserTask first = open.awaitTask("record-measurement-value", "metricId", onTarget);
        assertThat(first.assignee()).isEqualTo("it-operations");
        tasks.complete(first.key(), TestUsers.as("it-operations"), Map.of("measuredValue", 3, "measurementComment", "From the awareness tool"));
        await().atMost(Duration.ofSeconds(20)).until(() -> new EngineRecords(engine).isCompleted(first.processInstanceKey()));
        assertThat(metrics.series(onTarget)).singleElement().satisfies(result -> {
            assertThat(result.period()).isEqualTo(period);
            assertThat(result.evaluation()).isEqualTo(Evaluation.ON_TARGET);
            assertThat(result.measuredBy()).isEqualTo("it-operations");
        });

        UserTask second = open.awaitTask("record-measurement-value", "metricId", offTarget);
        tasks.complete(second.key(), TestUsers.as("it-operations"), Map.of("measuredValue", 25));
        UserTask evaluate = open.awaitTask("evaluate-result", "metricId", offTarget);
        assertThat(evaluate.candidateGroups()).containsExactly("isms-managers");
        tasks.complete(evaluate.key(), TestUsers.as("isms-manager"), Map.of("evaluationDecision", "raise-nonconformity",
                "evaluationNote", "Critical patches waited three weeks: the patch process is not followed"));

        String reference = "MEAS-" + offTarget + "-" + period;
        await().atMost(Duration.ofSeconds(20)).until(() -> nonconformities.findByReference(reference).isPresent());
        assertThat(nonconformities.findByReference(reference).orElseThrow()).satisfies(nc -> {
            assertThat(nc.getSource()).isEqualTo(NonconformitySource.MEASUREMENT);
            assertThat(nc.getOwner()).isEqualTo("isms-manager");
        });
        open.awaitTask("contain-and-correct", "nonconformityId", nonconformities.findByReference(reference).orElseThrow().getId());
        assertThat(metrics.series(offTarget)).singleElement().satisfies(result -> {
            assertThat(result.evaluation()).isEqualTo(Evaluation.OFF_TARGET);
            assertThat(result.evaluatedBy()).isEqualTo("isms-manager");
            assertThat(result.followUp()).isEqualTo(reference);
        });
    }

    @Test
    void aResultOffTargetMayBeLoggedAsAnOpportunityForImprovement() {
        long metric = define("Backup restore time " + System.nanoTime());
        requests.startDue(LocalDate.now(clock));
        OpenTasks open = new OpenTasks(inbox);
        tasks.complete(open.awaitTask("record-measurement-value", "metricId", metric).key(), TestUsers.as("it-operations"),
                Map.of("measuredValue", 40));
        UserTask evaluate = open.awaitTask("evaluate-result", "metricId", metric);
        tasks.complete(evaluate.key(), TestUsers.as("isms-deputy"), Map.of("evaluationDecision", "log-improvement",
                "evaluationNote", "Restores are slow because the tapes are off site: keep a disk copy on site"));
        await().atMost(Duration.ofSeconds(20)).until(() -> new EngineRecords(engine).isCompleted(evaluate.processInstanceKey()));

        String code = metrics.series(metric).getFirst().followUp();
        assertThat(improvements.all()).filteredOn(improvement -> improvement.getCode().equals(code)).singleElement().satisfies(improvement -> {
            assertThat(improvement.getSource()).isEqualTo(ImprovementSource.MEASUREMENT);
            assertThat(improvement.getProposedBy()).isEqualTo("isms-deputy");
            assertThat(improvement.getDescription()).startsWith("Restores are slow");
        });
    }

    @Test
    void aMeasurementNotRecordedIsEscalatedNotSkipped() {
        long metric = define("Training completion " + System.nanoTime());
        requests.startDue(LocalDate.now(clock));
        UserTask task = new OpenTasks(inbox).awaitTask("record-measurement-value", "metricId", metric);

        clock.advance(Duration.ofDays(8));
        await().atMost(Duration.ofSeconds(30)).until(() -> escalations.of(task.processInstanceKey()).stream()
                .anyMatch(e -> e.level() == Escalation.Level.REMINDER && e.recipients().equals("it-operations")));
        assertThat(new OpenTasks(inbox).find("record-measurement-value", "metricId", metric)).isPresent();
        tasks.complete(task.key(), TestUsers.as("it-operations"), Map.of("measuredValue", 4));
    }

    @Test
    void aMetricWithBadFieldsIsRefusedFieldByField() {
        Map<String, Object> bad = new HashMap<>(draft("Bad"));
        bad.put("measuredBy", "nobody-here");
        bad.put("frequency", "HOURLY");
        bad.put("evaluatedBy", "everyone");
        ResponseEntity<JsonNode> refused = rest.withBasicAuth("isms-manager", "demo").postForEntity("/api/metrics", new HttpEntity<>(bad),
                JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/metrics", new HttpEntity<>(draft("Not mine")), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private long define(String name) {
        ResponseEntity<JsonNode> defined = rest.withBasicAuth("isms-manager", "demo").postForEntity("/api/metrics", new HttpEntity<>(draft(name)),
                JsonNode.class);
        assertThat(defined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return defined.getBody().get("id").asLong();
    }

    private static Map<String, Object> draft(String name) {
        Map<String, Object> draft = new HashMap<>(Map.of("name", name, "measures", "Awareness (7.3)", "method", "Share of staff who clicked",
                "unit", "%", "direction", "LOWER_IS_BETTER", "target", 5, "warning", 10, "frequency", "MONTHLY", "measuredBy", "it-operations"));
        draft.put("evaluatedBy", "isms-managers");
        return draft;
    }
}
