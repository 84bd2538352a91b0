package io.ismsflow.benchmark;

import io.camunda.client.CamundaClient;
import io.ismsflow.corrective.CorrectiveActionProcess;
import io.ismsflow.corrective.NonconformityDraft;
import io.ismsflow.corrective.NonconformitySource;
import io.ismsflow.corrective.Severity;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.engine.ProcessModels;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.RiskReviews;
import io.ismsflow.risk.Treatment;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.ismsflow.support.EngineRecords;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskRecord;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Figures, not a test: the risk review and the corrective-action loop end to end (engine, workers, MariaDB, audit
 * trail, task list), each against a no-op baseline of the same model on the same engine, at growing sizes
 * ({@code -Dbenchmark.sizes=100,1000,5000}; {@code -Dbenchmark.processes=risk-review} runs one of the two). Prints
 * throughput, the ratio to the baseline, per-item cost and its growth, task completions per second with N tasks open,
 * failed jobs (a version conflict fails a job) and the heap. Run with {@code ./mvnw -Pbenchmark verify
 * -Dtest=ProcessBenchmark}; it asserts nothing about time.
 */
@IntegrationTest
@TestPropertySource(properties = "isms.corrective.effectiveness-period.minor=PT1S")
class ProcessBenchmark {

    private static final List<Integer> SIZES = Arrays.stream(System.getProperty("benchmark.sizes", "100,1000,5000").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    private static final Set<String> PROCESSES = Set.of(System.getProperty("benchmark.processes", "risk-review,corrective-action").split(","));
    private static final int PEOPLE = Integer.getInteger("benchmark.people", 8);
    private static final Duration PATIENCE = Duration.ofSeconds(Long.getLong("benchmark.patience-seconds", 1800));
    private static final String FAR_AHEAD = OffsetDateTime.now(ZoneOffset.UTC).plusYears(1).withNano(0).toString();

    @Autowired RiskRegister register;
    @Autowired RiskReviews reviews;
    @Autowired CorrectiveActionProcess correctiveActions;
    @Autowired Tasks tasks;
    @Autowired CamundaClient camunda;
    @Autowired ProcessModels models;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;
    @Autowired EngineClock clock;
    @Autowired ZeebeTestEngine engine;

    /** One process at one size: the figures printed. */
    record Figure(String process, int items, long baselineNanos, long startToOpenNanos, int tasksCompleted, long completingNanos,
                  long endToEndNanos, double failedJobs, long heapMb) {

        double perItemMs() {
            return endToEndNanos / 1e6 / items;
        }

        double ratio() {
            return (double) baselineNanos / endToEndNanos;
        }
    }

    @Test
    void processesAgainstTheirNoOpBaselines() {
        List<Figure> figures = new ArrayList<>();
        try (NoOpBaseline riskBaseline = new NoOpBaseline(camunda, models, "risk-review.bpmn", "update-soa-from-risk");
             NoOpBaseline correctiveBaseline = new NoOpBaseline(camunda, models, "corrective-action.bpmn", "close-nonconformity")) {
            for (int size : SIZES) {
                if (PROCESSES.contains("risk-review")) {
                    measured(figures, riskReviews(size, riskBaseline.run(size, this::riskReviewStart, PATIENCE, this::incidents, () -> { })));
                }
                if (PROCESSES.contains("corrective-action")) {
                    measured(figures, correctiveActions(size, correctiveBaseline.run(size, this::correctiveActionStart, PATIENCE,
                            this::incidents, this::keepTimersGoing)));
                }
            }
        }
        print(figures);
    }

    private Figure riskReviews(int size, long baselineNanos) {
        long trailMark = lastTrailId();
        double failedBefore = failedJobs();
        List<Risk> risks = IntStream.range(0, size).mapToObj(i -> register.identify(new RiskDraft("Benchmark risk " + i, null, "Asset",
                "Threat", "Vulnerability", true, true, true, "risk-owner", 3, 3, Treatment.MODIFY, null, 2, 2,
                LocalDate.now(clock).plusYears(1), null), Actor.person("benchmark"))).toList();

        long start = System.nanoTime();
        risks.forEach(risk -> reviews.start(risk.getId(), "benchmark"));
        List<UserTask> open = awaitOpen("reassess-risk", size);
        long opened = System.nanoTime();
        complete(open, "risk-owner", task -> Map.of("likelihood", 2, "impact", 3, "treatment", "MODIFY", "treatmentControls", "5.15",
                "residualLikelihood", 1, "residualImpact", 3, "ownerAccepts", true));
        long completed = System.nanoTime();
        awaitFinished("update-soa-from-risk", trailMark, size);
        long finished = System.nanoTime();
        return new Figure("risk review", size, baselineNanos, opened - start, size, completed - opened, finished - start,
                failedJobs() - failedBefore, usedHeapMb());
    }

    /** Raise, contain, analyse, plan one action, approve, implement it, wait out the effectiveness period, verify. */
    private Figure correctiveActions(int size, long baselineNanos) {
        long trailMark = lastTrailId();
        double failedBefore = failedJobs();
        long start = System.nanoTime();
        for (int i = 0; i < size; i++) {
            correctiveActions.raise(new NonconformityDraft(null, NonconformitySource.MANUAL, null, "Benchmark nonconformity " + i + " " + start,
                    "Backups were not tested for restore", "IT operations", Severity.MINOR, "risk-owner", List.of(), List.of()),
                    Actor.person("benchmark"));
        }
        List<UserTask> contain = awaitOpen("contain-and-correct", size);
        long opened = System.nanoTime();
        long completing = timed(() -> complete(contain, "risk-owner", task -> Map.of("containment", "Ran a full restore test",
                "hadConsequences", "no")));
        completing += timed(() -> complete(awaitOpen("analyse-root-cause", size), "risk-owner", task -> Map.of("rootCauseMethod", "FIVE_WHYS",
                "causes", "The backup procedure has no owner", "couldOccurElsewhere", "no")));
        completing += timed(() -> complete(awaitOpen("plan-corrective-actions", size), "risk-owner", task -> Map.of("plannedActions",
                List.of(Map.of("title", "Test restores monthly", "owner", "risk-owner", "dueDate", LocalDate.now(clock).plusDays(10).toString())))));
        completing += timed(() -> complete(awaitOpen("approve-plan", size), "isms-manager", task -> Map.of("planDecision", "approve")));
        completing += timed(() -> complete(awaitOpen("implement-action", size), "risk-owner", task -> Map.of("evidenceReference",
                "CHG-" + task.key(), "implementationNotes", "Done")));
        completing += timed(() -> complete(awaitOpen("verify-effectiveness", size, this::keepTimersGoing), "auditor", task -> Map.of("effectivenessVerdict",
                "effective", "effectivenessReasoning", "Restores tested")));
        awaitFinished("close-nonconformity", trailMark, size);
        long finished = System.nanoTime();
        return new Figure("corrective action", size, baselineNanos, opened - start, size * 6, completing, finished - start,
                failedJobs() - failedBefore, usedHeapMb());
    }

    private Map<String, Object> riskReviewStart(int i) {
        return new HashMap<>(Map.of("riskId", i, "riskOwner", "risk-owner", "subject", "Baseline risk " + i,
                "reassessmentDueAt", FAR_AHEAD, "decisionDueAt", FAR_AHEAD, "escalateAfter", "P7D", "escalateToTopAfter", "P14D",
                "acceptanceAuthority", "ISMS_MANAGER", "coApprovalNeeded", false, "residualDecision", "accept"));
    }

    private Map<String, Object> correctiveActionStart(int i) {
        Map<String, Object> variables = new HashMap<>(Map.of("nonconformityId", i, "ncOwner", "risk-owner", "subject", "Baseline NC " + i,
                "containmentDueAt", FAR_AHEAD, "analysisDueAt", FAR_AHEAD, "planDueAt", FAR_AHEAD, "approvalDueAt", FAR_AHEAD,
                "verificationDueAt", FAR_AHEAD, "escalateAfter", "P7D", "escalateToTopAfter", "P14D"));
        variables.putAll(Map.of("effectivenessPeriod", "PT1S", "planApproved", true, "effective", true, "ineffectiveRounds", 0,
                "actions", List.of(Map.of("actionId", i, "owner", "risk-owner", "title", "Test restores monthly", "dueAt", FAR_AHEAD))));
        return variables;
    }

    /** Waits, reading the app's task table as the task list does, until {@code size} tasks of the step are open. */
    private List<UserTask> awaitOpen(String elementId, int size) {
        return awaitOpen(elementId, size, () -> { });
    }

    /** Counts while it waits: loading every open task at each look would make the benchmark's own polling cost grow with N. */
    private List<UserTask> awaitOpen(String elementId, int size, Runnable eachPoll) {
        Drive.awaitCount(() -> jdbc.sql("select count(*) from user_task where state = 'OPEN' and element_id = :element")
                .param("element", elementId).query(Integer.class).single(), size, PATIENCE, elementId + " tasks open", this::incidents, eachPoll);
        return openTasks(elementId);
    }

    /**
     * The in-memory engine checks its timers when its clock moves; under load it can miss the short effectiveness
     * periods created meanwhile. Moving its clock along with each look keeps them firing, and no longer timer is near.
     */
    private void keepTimersGoing() {
        clock.advance(Duration.ofMillis(Drive.POLL_MILLIS));
    }

    private List<UserTask> openTasks(String elementId) {
        return tasks.open().stream().map(TaskRecord::task).filter(task -> task.elementId().equals(elementId)).toList();
    }

    /** {@code benchmark.people} people work through the open tasks at once, as a team does in the task list. */
    private void complete(List<UserTask> open, String user, Function<UserTask, Map<String, Object>> form) {
        try (ExecutorService people = Executors.newFixedThreadPool(PEOPLE)) {
            List<Future<?>> completions = open.stream()
                    .<Future<?>>map(task -> people.submit(() -> tasks.complete(task.key(), TestUsers.as(user), form.apply(task))))
                    .toList();
            for (Future<?> completion : completions) {
                completion.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A task could not be completed", e.getCause());
        }
    }

    private void awaitFinished(String lastJobType, long trailMark, int size) {
        Drive.awaitCount(() -> jdbc.sql("select count(distinct process_instance_key) from audit_trail where id > :mark and job_type = :type")
                .param("mark", trailMark).param("type", lastJobType).query(Integer.class).single(), size, PATIENCE, lastJobType, this::incidents);
    }

    /** Why a run stopped, asked only when its patience is spent. */
    private Object incidents() {
        return new EngineRecords(engine).allIncidentMessages();
    }

    private long lastTrailId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_trail").query(Long.class).single();
    }

    /** Every failed job, whatever the cause: a version conflict of a worker's save is one. */
    private double failedJobs() {
        return meters.find("camunda.job.invocations").tag("action", "failed").counters().stream().mapToDouble(Counter::count).sum();
    }

    private static long timed(Runnable step) {
        long start = System.nanoTime();
        step.run();
        return System.nanoTime() - start;
    }

    private static long usedHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    /** Prints each figure as soon as it is measured too: a run stopped at a large size keeps the smaller ones. */
    private static void measured(List<Figure> figures, Figure figure) {
        figures.add(figure);
        System.out.println("measured: " + row(figure, figures));
    }

    private static void print(List<Figure> figures) {
        StringBuilder out = new StringBuilder("""

                == Process benchmark (in-memory engine, MariaDB, %d cores, max heap %d MB, %d people completing tasks) ==
                process            items  no-op/s   real/s  ratio  ms/item  growth  open→tasks/s  tasks/s  failed jobs  heap MB
                """.formatted(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024), PEOPLE));
        figures.forEach(figure -> out.append(row(figure, figures)).append(System.lineSeparator()));
        out.append("""
                Goals (printed, not asserted): ratio ≥ 0.5; growth at the largest size ≤ 1.3; tasks/s ≥ 100 with 1,000 open; failed jobs 0.
                no-op/s and real/s: items end to end per second; growth: ms/item over ms/item at the first size; open→tasks/s: items
                whose first task opened per second after their start; tasks/s: task completions through the task list's service.
                """);
        System.out.println(out);
    }

    /** One line of the table; growth is over the first size measured of the same process. */
    private static String row(Figure f, List<Figure> figures) {
        double firstCost = figures.stream().filter(other -> other.process().equals(f.process())).findFirst().orElse(f).perItemMs();
        return "%-17s %6d %8.1f %8.1f %6.2f %8.1f %7.2f %13.1f %8.1f %12.0f %8d".formatted(f.process(), f.items(),
                rate(f.items(), f.baselineNanos()), rate(f.items(), f.endToEndNanos()), f.ratio(), f.perItemMs(), f.perItemMs() / firstCost,
                rate(f.items(), f.startToOpenNanos()), rate(f.tasksCompleted(), f.completingNanos()), f.failedJobs(), f.heapMb());
    }

    private static double rate(long count, long nanos) {
        return count / (nanos / 1e9);
    }
}
