package io.ismsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.ismsflow.documents.Classification;
import io.ismsflow.documents.DocumentDraft;
import io.ismsflow.documents.DocumentRegister;
import io.ismsflow.documents.DocumentType;
import io.ismsflow.documents.Revision;
import io.ismsflow.engine.DailyScan;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.EngineRecords;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.support.SecondInstance;
import io.ismsflow.support.Together;
import io.ismsflow.trail.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Production runs several app instances against one Camunda cluster and one MySQL, and every instance runs every
 * scheduled job at the same hour. Two instances here share one database and one engine, and run each daily scan at
 * the same instant: each due review, each process, each metric sample and each notification comes once.
 */
@IsolatedIntegrationTest
@TestPropertySource(properties = {ScheduledJobsOnTwoInstancesTest.PROGRAMME_DUE, ScheduledJobsOnTwoInstancesTest.REVIEW_DUE})
class ScheduledJobsOnTwoInstancesTest {

    /** Next year's audit programme is due (proposed from the first of January), and this quarter's management review. */
    static final String PROGRAMME_DUE = "isms.audit.propose-next-cycle-on=--01-01";
    static final String REVIEW_DUE = "isms.review.grace=P366D";

    @Autowired ConfigurableApplicationContext first;
    @Autowired RiskRegister risks;
    @Autowired DocumentRegister documents;
    @Autowired ZeebeTestEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void twoInstancesRunningEveryScanAtOnceStartEachThingOnce() {
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 3; i++) {
            risks.identify(new RiskDraft("Due risk " + i, null, "Asset", "Threat", "Vulnerability", true, false, false, "risk-owner",
                    2, 3, Treatment.MODIFY, null, 1, 3, today.minusDays(1), null), Actor.person("test"));
        }
        for (int i = 0; i < 2; i++) {
            documents.record(new DocumentDraft("Due policy " + i, DocumentType.TOPIC_SPECIFIC_POLICY, "risk-owner", Classification.INTERNAL,
                    List.of("5.1"), List.of(), new Revision("First version", "https://intranet.example.com/policy-" + i),
                    new DocumentDraft.ApprovedBefore("top-manager", today.minusYears(1), today.minusDays(1)), null),
                    Optional.empty(), Actor.person("isms-manager"));
        }

        try (ConfigurableApplicationContext second = SecondInstance.joining(first, PROGRAMME_DUE, REVIEW_DUE)) {
            Map<String, DailyScan> scans = first.getBeansOfType(DailyScan.class);
            assertThat(scans.keySet()).containsExactlyInAnyOrder("riskReviewScheduler", "documentReviewScheduler", "metricSampler",
                    "reviewSchedule", "auditSchedule");
            for (String scan : scans.keySet()) {
                Together.run(2, instance -> {
                    (instance == 0 ? first : second).getBean(scan, DailyScan.class).run();
                    return scan;
                });
            }

            EngineRecords records = new EngineRecords(engine);
            Map<String, Long> expected = Map.of("risk-review", 3L, "document-review", 2L, "management-review", 1L, "audit-programme", 1L);
            await().atMost(Duration.ofSeconds(30)).until(() -> expected.keySet().stream()
                    .allMatch(process -> records.startedInstances(process) >= expected.get(process)));
            // The outbox publishes after each commit: a second start would arrive within moments.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> expected.keySet().stream()
                    .allMatch(process -> records.startedInstances(process) == expected.get(process)));
        }

        assertThat(jdbc.sql("select count(*) from measurement").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select metric, period from measurement group by metric, period having count(*) > 1").query().listOfRows())
                .isEmpty();
        assertThat(jdbc.sql("select recipient, title, link from notification group by recipient, title, link having count(*) > 1")
                .query().listOfRows()).isEmpty();
    }
}
