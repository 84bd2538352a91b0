package io.ismsflow.benchmark;

import static org.awaitility.Awaitility.await;

import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.RiskReviews;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.TaskQuery;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Figures, not a test: how fast risk reviews run end to end (engine, workers, MariaDB, audit trail) and what they
 * cost in heap. Run with {@code ./mvnw -Pbenchmark verify}; set the number of reviews with -Dbenchmark.reviews=N.
 * Excluded from the ordinary test run, and it asserts no timings.
 */
@IntegrationTest
class RiskReviewBenchmark {

    private static final int REVIEWS = Integer.getInteger("benchmark.reviews", 200);

    @Autowired RiskRegister register;
    @Autowired RiskReviews reviews;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired Clock clock;

    @Test
    void riskReviewsEndToEnd() {
        List<Risk> risks = java.util.stream.IntStream.range(0, REVIEWS)
                .mapToObj(i -> register.identify(new RiskDraft("Benchmark risk " + i, null, "Asset", "Threat", "Vulnerability",
                        true, true, true, "risk-owner", 3, 3, Treatment.MODIFY, null, 2, 2, LocalDate.now(clock).plusYears(1), null),
                        Actor.person("benchmark")))
                .toList();
        Set<String> codes = risks.stream().map(risk -> register.get(risk.getId()).getCode()).collect(Collectors.toSet());
        long heapBefore = usedHeap();

        long start = System.nanoTime();
        risks.forEach(risk -> reviews.start(risk.getId(), "benchmark"));
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> reassessments(codes).size() == REVIEWS);
        long opened = System.nanoTime();

        for (UserTask task : reassessments(codes)) {
            tasks.complete(task.key(), TestUsers.as("risk-owner"), Map.of("likelihood", 2, "impact", 3, "treatment", "MODIFY",
                    "treatmentControls", "5.15", "residualLikelihood", 1, "residualImpact", 3, "ownerAccepts", true));
        }
        long submitted = System.nanoTime();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> risks.stream().allMatch(risk -> register.get(risk.getId()).getLikelihood() == 2));
        long recorded = System.nanoTime();
        long heapAfter = usedHeap();

        System.out.printf("""
                %n== Risk review benchmark: %d reviews (in-memory engine, MariaDB) ==
                start → all reassessment tasks open : %6d ms  (%6.1f reviews/s)
                complete all tasks (task list API)   : %6d ms  (%6.1f tasks/s)
                completion → all risks rescored      : %6d ms
                end to end                           : %6d ms  (%6.1f reviews/s)
                heap used after GC before / after    : %6d MB / %d MB%n""",
                REVIEWS, ms(opened - start), rate(opened - start), ms(submitted - opened), rate(submitted - opened),
                ms(recorded - submitted), ms(recorded - start), rate(recorded - start), heapBefore, heapAfter);
    }

    private List<UserTask> reassessments(Set<String> codes) {
        return inbox.list(TaskQuery.all()).stream()
                .filter(task -> task.elementId().equals("reassess-risk"))
                .filter(task -> inbox.find(task.key()).map(details -> codes.contains(String.valueOf(details.variables().get("riskCode"))))
                        .orElse(false))
                .toList();
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static double rate(long nanos) {
        return REVIEWS / (nanos / 1e9);
    }
}
