package io.ismsflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.Together;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.trail.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily scan runs on every app instance at the same hour. Three instances scanning at once start one review
 * per due risk: the scheduling rule for the whole app is "safe on several instances", here idempotent by design.
 */
@IsolatedIntegrationTest
class ReviewScanOnSeveralInstancesTest {

    @Autowired RiskReviewScheduler scheduler;
    @Autowired RiskRegister register;
    @Autowired TaskInbox inbox;
    @Autowired Clock clock;

    @Test
    void threeInstancesScanningAtOnceStartOneReviewPerDueRisk() {
        List<Risk> due = IntStream.range(0, 4).mapToObj(i -> register.identify(new RiskDraft("Due risk " + i, null, "Asset", "Threat",
                "Vulnerability", true, false, false, "risk-owner", 2, 3, Treatment.MODIFY, null, 1, 3,
                LocalDate.now(clock).minusDays(1), null), Actor.person("test"))).toList();

        List<Integer> started = Together.run(3, instance -> scheduler.startDueReviews());

        assertThat(started.stream().mapToInt(Integer::intValue).sum()).isEqualTo(due.size());
        OpenTasks tasks = new OpenTasks(inbox);
        for (Risk risk : due) {
            tasks.awaitTask("reassess-risk", "riskId", risk.getId());
        }
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                due.stream().allMatch(risk -> tasks.all("reassess-risk", "riskId", risk.getId()).size() == 1));
    }
}
