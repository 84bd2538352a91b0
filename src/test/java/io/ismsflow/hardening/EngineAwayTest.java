package io.ismsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ismsflow.corrective.CorrectiveActionProcess;
import io.ismsflow.corrective.Nonconformity;
import io.ismsflow.corrective.NonconformityDraft;
import io.ismsflow.corrective.NonconformitySource;
import io.ismsflow.corrective.Severity;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.RiskReviews;
import io.ismsflow.risk.RiskStatus;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.EngineFaults;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.trail.Actor;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The engine is away when a record that starts a process is written: the record commits with its start message in
 * the outbox, nothing is lost, and the process starts once the engine is back (the outbox's resubmission).
 */
@IsolatedIntegrationTest
@TestPropertySource(properties = {"isms.outbox.resubmit-every=PT1S", "isms.outbox.resubmit-after=PT1S"})
class EngineAwayTest {

    @Autowired EngineFaults engine;
    @Autowired Clock clock;
    @Autowired CorrectiveActionProcess corrective;
    @Autowired RiskRegister risks;
    @Autowired RiskReviews reviews;
    @Autowired TaskInbox inbox;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void engineBack() {
        engine.heal();
    }

    @Test
    void aNonconformityRaisedWhileTheEngineIsAwayStartsItsProcessWhenItIsBack() {
        int failedBefore = engine.failedCalls();
        engine.refuse("PublishMessage");

        Nonconformity nc = corrective.raise(new NonconformityDraft("INC-4242", NonconformitySource.INCIDENT, null, "Laptop lost",
                "A laptop with customer data was lost.", null, Severity.MAJOR, "risk-owner", List.of(), List.of()),
                Actor.person("isms-manager"));

        await().atMost(Duration.ofSeconds(10)).until(() -> engine.failedCalls() > failedBefore);
        OpenTasks tasks = new OpenTasks(inbox);
        assertThat(tasks.find("contain-and-correct", "nonconformityId", nc.getId())).isEmpty();
        assertThat(pendingPublications()).isEqualTo(1);

        engine.heal();

        tasks.awaitTask("contain-and-correct", "nonconformityId", nc.getId());
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingPublications() == 0);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> tasks.all("contain-and-correct", "nonconformityId", nc.getId()).size() == 1);
    }

    @Test
    void aReviewRequestedWhileTheEngineTimesOutStartsWhenItAnswersAgain() {
        Risk risk = risks.identify(new RiskDraft("Engine away", null, "Asset", "Threat", "Vulnerability", true, false, false,
                "risk-owner", 2, 3, Treatment.MODIFY, null, 1, 3, LocalDate.now(clock).plusYears(1), null), Actor.person("test"));
        int failedBefore = engine.failedCalls();
        engine.timeOut("PublishMessage");

        reviews.start(risk.getId(), "isms-manager");

        assertThat(risks.get(risk.getId()).getStatus()).isEqualTo(RiskStatus.UNDER_REVIEW);
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.failedCalls() > failedBefore);
        engine.heal();
        new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.getId());
    }

    /** Publications the outbox still holds: not yet taken by the engine. */
    private int pendingPublications() {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null", Integer.class);
    }

}
