package io.ismsflow.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.corrective.CorrectiveActionProcess;
import io.ismsflow.corrective.Nonconformity;
import io.ismsflow.corrective.NonconformityDraft;
import io.ismsflow.corrective.NonconformitySource;
import io.ismsflow.corrective.Severity;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.soa.Control;
import io.ismsflow.soa.ControlDecision;
import io.ismsflow.soa.ImplementationStatus;
import io.ismsflow.soa.InclusionReason;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.trail.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Every built-in automatic metric against a seeded dataset with a known answer, and the daily sampling: one row per
 * metric and day however often it runs, evaluated against the thresholds. In a context of its own: the answers
 * depend on every record in the database.
 */
@Tag("calendar")
@IsolatedIntegrationTest
class AutomaticMetricsTest {

    @Autowired Metrics metrics;
    @Autowired StatementOfApplicability soa;
    @Autowired RiskRegister risks;
    @Autowired CorrectiveActionProcess corrective;
    @Autowired JdbcClient jdbc;
    @Autowired EngineClock clock;
    @Autowired TestRestTemplate rest;
    @Autowired TaskInbox inbox;

    @Test
    void eachMetricGivesItsKnownAnswerAndADaySampledTwiceHasOneResult() {
        decide("5.1", ImplementationStatus.IMPLEMENTED);
        decide("5.2", ImplementationStatus.IMPLEMENTED);
        decide("5.3", ImplementationStatus.PLANNED);
        decide("8.5", ImplementationStatus.IMPLEMENTED);
        LocalDate today = LocalDate.now(clock);
        risk("Above the appetite", 5, 5, 4, 4, today.plusMonths(3));
        risk("Review overdue", 2, 2, 1, 1, today.minusDays(1));
        risk("Fine", 2, 2, 1, 1, today.plusMonths(6));
        Nonconformity open = raise("Still open");
        Nonconformity closed = raise("Closed after 30 days");
        // The rows below are written past the aggregate: wait until both processes rest at their first task, after
        // which nothing saves the nonconformities (a save rewrites their child rows).
        new OpenTasks(inbox).awaitTask("contain-and-correct", "nonconformityId", open.getId());
        new OpenTasks(inbox).awaitTask("contain-and-correct", "nonconformityId", closed.getId());
        jdbc.sql("update nonconformity set state = 'CLOSED', closed_at = date_add(raised_at, interval 30 day) where id = :id")
                .param("id", closed.getId()).update();
        jdbc.sql("update nonconformity set severity = 'MAJOR', raised_at = date_sub(raised_at, interval 91 day) where id = :id")
                .param("id", open.getId()).update();
        action(closed, 1, "2026-03-10", "2026-03-08 10:00:00");
        action(closed, 2, "2026-03-10", "2026-03-12 10:00:00");
        action(closed, 3, "2026-03-10", "2026-03-10 18:00:00");
        effectivenessReview(closed, true);
        effectivenessReview(open, false);
        auditsOfThisYear(today);
        nonconformityRaisedDaysAgo("Raised ten days ago", 10);
        nonconformityRaisedDaysAgo("Raised 45 days ago", 45);
        escalation("GROUP_MANAGER", false);
        escalation("GROUP_MANAGER", true);
        escalation("REMINDER", false);

        assertThat(metrics.sample(today)).isEqualTo(20);
        assertThat(metrics.sample(today)).isEqualTo(20);

        Map<String, String> expected = new HashMap<>(Map.of(
                "controls-implemented", "75.00",
                "controls-implemented-organizational", "66.67",
                "controls-implemented-technological", "100.00",
                "risks-above-appetite", "1.00",
                "overdue-risk-reviews", "1.00",
                "open-nonconformities", "3.00",
                "actions-done-on-time", "66.67",
                "days-to-close-nonconformity", "30.00",
                "effective-at-first-verification", "50.00",
                "overdue-tasks", "0.00"));
        expected.put("open-top-escalations", "0.00");
        expected.put("documents-past-review", "0.00");
        expected.put("open-major-nonconformities", "1.00");
        expected.put("nonconformities-open-over-90-days", "1.00");
        expected.put("audit-programme-completion", "50.00");
        expected.put("nonconformities-open-under-30-days", "1.00");
        expected.put("nonconformities-open-30-to-90-days", "1.00");
        expected.put("open-manager-escalations", "1.00");
        expected.put("audit-nonconformities-this-year", "1.00");
        expected.put("audit-opportunities-this-year", "1.00");
        for (Map.Entry<String, String> metric : expected.entrySet()) {
            Metric found = metrics.byKey(metric.getKey()).orElseThrow(() -> new AssertionError(metric.getKey() + " is not in the catalogue"));
            assertThat(metrics.series(found.getId())).as(metric.getKey()).singleElement()
                    .satisfies(result -> assertThat(result.value()).as(metric.getKey()).isEqualByComparingTo(new BigDecimal(metric.getValue())));
        }
        // No applicable people or physical control: no result, never a made-up zero.
        assertThat(metrics.byKey("controls-implemented-people").map(metric -> metrics.series(metric.getId()))).hasValue(List.of());
        assertThat(metrics.series(metrics.byKey("controls-implemented").orElseThrow().getId()).getFirst().evaluation())
                .isEqualTo(Evaluation.WARNING);
        assertThat(metrics.series(metrics.byKey("risks-above-appetite").orElseThrow().getId()).getFirst().evaluation())
                .isEqualTo(Evaluation.WARNING);

        JsonNode catalogue = rest.withBasicAuth("viewer", "demo").getForObject("/api/metrics", JsonNode.class);
        assertThat(catalogue.findValuesAsText("key")).hasSize(22).contains("controls-implemented", "overdue-tasks");
        assertThat(rest.withBasicAuth("viewer", "demo").getForEntity("/api/metrics/999999", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Two audits whose window has ended, one reported; one still in its window; one dropped. */
    private void auditsOfThisYear(LocalDate today) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into audit_programme (cycle, objectives, scope, methods, responsibilities, reporting, coverage_years, status, requested_by,
                    requested_at, version) values (:year, 'o', 's', 'm', 'r', 'r', 3, 'APPROVED', 'isms-manager', current_timestamp(6), 0)""")
                .param("year", today.getYear()).update(key);
        long programme = key.getKey().longValue();
        long area = jdbc.sql("select min(id) from audit_area").query(Long.class).single();
        long reported = audit(programme, area, "IA-T-1", "REPORTED", today.minusDays(1));
        long inFieldwork = audit(programme, area, "IA-T-2", "FIELDWORK", today.minusDays(1));
        finding(reported, 1, "MINOR_NC");
        finding(reported, 2, "OPPORTUNITY_FOR_IMPROVEMENT");
        finding(inFieldwork, 1, "MAJOR_NC");
        audit(programme, area, "IA-T-3", "FIELDWORK", today.plusDays(5));
        audit(programme, area, "IA-T-4", "DROPPED", today.minusDays(1));
    }

    private long audit(long programme, long area, String code, String state, LocalDate windowEnd) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into audit (programme, code, area, score, reasons, window_start, window_end, state, version)
                values (:programme, :code, :area, 10, 'seeded', :start, :end, :state, 0)""")
                .param("programme", programme).param("code", code).param("area", area).param("start", windowEnd.minusDays(20))
                .param("end", windowEnd).param("state", state).update(key);
        return key.getKey().longValue();
    }

    /** Only findings of reported audits count: the one of the audit still in fieldwork does not. */
    private void finding(long audit, int number, String type) {
        jdbc.sql("""
                insert into audit_finding (audit, audit_key, number, type, requirement, description)
                values (:audit, :number, :number, :type, 'A.5.1', 'Seeded finding')""")
                .param("audit", audit).param("number", number).param("type", type).update();
    }

    /** Written past the aggregate, so no process starts: only the age bands read it. */
    private void nonconformityRaisedDaysAgo(String title, int days) {
        jdbc.sql("""
                insert into nonconformity (code, reference, source, title, description, severity, owner, state, raised_by, raised_at, version)
                values (:code, :code, 'MANUAL', :title, 'Seeded', 'MINOR', 'risk-owner', 'RAISED', 'auditor', date_sub(:now, interval :days day), 0)""")
                .param("code", "AGE-" + days).param("title", title).param("now", clock.instant()).param("days", days).update();
    }

    private void escalation(String level, boolean resolved) {
        jdbc.sql("""
                insert into escalation (job_key, process_instance_key, level, recipients, subject, reason, raised_at, resolved_at)
                values (:job, :instance, :level, 'isms-managers', 'Seeded', 'Overdue', :at, :resolved)""")
                .param("job", System.nanoTime()).param("instance", System.nanoTime()).param("level", level).param("at", clock.instant())
                .param("resolved", resolved ? clock.instant() : null).update();
    }

    private void decide(String id, ImplementationStatus status) {
        Control control = soa.get(id);
        soa.decide(id, new ControlDecision(true, Set.of(InclusionReason.BUSINESS), "Needed", null, status, null, List.of(), null,
                control.getVersion()), Actor.person("isms-manager"));
    }

    private void risk(String title, int likelihood, int impact, int residualLikelihood, int residualImpact, LocalDate nextReview) {
        risks.identify(new RiskDraft(title, null, "Asset", "Threat", "Vulnerability", true, false, false, "risk-owner", likelihood, impact,
                Treatment.MODIFY, null, residualLikelihood, residualImpact, nextReview, null), Actor.person("isms-manager"));
    }

    private Nonconformity raise(String title) {
        return corrective.raise(new NonconformityDraft(null, NonconformitySource.MANUAL, null, title, "Seeded for a metric", "IT",
                Severity.MINOR, "risk-owner", List.of(), List.of()), Actor.person("isms-manager"));
    }

    private void action(Nonconformity nc, int position, String due, String implementedAt) {
        jdbc.sql("""
                insert into corrective_action (nonconformity_id, round, plan_version, position, title, owner, due_date, state, implemented_by,
                    implemented_at, version) values (:nc, 1, 1, :position, 'Seeded', 'risk-owner', :due, 'DONE', 'risk-owner', :at, 0)""")
                .param("nc", nc.getId()).param("position", position).param("due", due).param("at", implementedAt).update();
    }

    private void effectivenessReview(Nonconformity nc, boolean effective) {
        jdbc.sql("""
                insert into effectiveness_review (nonconformity, round, effective, reasoning, verified_by, verified_at)
                values (:nc, 1, :effective, 'Seeded', 'auditor', current_timestamp(6))""")
                .param("nc", nc.getId()).param("effective", effective).update();
    }
}
