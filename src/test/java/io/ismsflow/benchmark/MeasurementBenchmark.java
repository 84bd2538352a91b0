package io.ismsflow.benchmark;

import io.ismsflow.dashboard.Artefacts;
import io.ismsflow.dashboard.Dashboard;
import io.ismsflow.measurement.AutomaticMetric;
import io.ismsflow.measurement.MetricSource;
import io.ismsflow.measurement.Metrics;
import io.ismsflow.support.IsolatedIntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figures, not a test: what each built-in automatic metric and the daily sampling of all of them cost on a large
 * register (100,000 risks, 20,000 nonconformities with 40,000 actions, 2,000 audits with 40,000 checklist rows, 200,000
 * tasks, 1,000,000 trail rows; -Dbenchmark.scale=0.1 for a quick look). Prints p50 and p95 per metric, of the whole
 * sampling, of the whole dashboard and of the artefact map; the time and peak heap of a month's and a year's evidence
 * pack. In a database of its own.
 */
@IsolatedIntegrationTest
class MeasurementBenchmark {

    private static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    private static final int RUNS = 40;
    private static final int ROWS_PER_INSERT = 1000;
    private static final String[] RISK_LEVELS = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
    private static final String[] NC_STATES = {"RAISED", "CONTAINED", "ANALYSED", "PLANNED", "IMPLEMENTING", "AWAITING_EFFECTIVENESS",
            "CLOSED", "CLOSED", "CLOSED", "CLOSED"};

    /** A risk as the trail snapshots it, so the evidence pack reads the register back as it stood. */
    private static final String RISK_SNAPSHOT = "{\"id\":%d,\"code\":\"BR-%d\",\"title\":\"Benchmark risk %d\",\"asset\":\"Asset\","
            + "\"threat\":\"Threat\",\"vulnerability\":\"Vulnerability\",\"confidentiality\":true,\"owner\":\"risk-owner\",\"likelihood\":3,"
            + "\"impact\":4,\"level\":\"HIGH\",\"treatment\":\"MODIFY\",\"residualLikelihood\":1,\"residualImpact\":2,\"residualLevel\":\"LOW\","
            + "\"acceptance\":\"WITHIN_APPETITE\",\"status\":\"OPEN\",\"nextReviewDue\":\"2027-06-30\",\"version\":3}";

    @Autowired JdbcClient jdbc;
    @Autowired TestRestTemplate rest;
    @Autowired List<MetricSource> sources;
    @Autowired Metrics metrics;
    @Autowired Dashboard dashboard;
    @Autowired Artefacts artefacts;
    @Autowired Clock clock;

    private final Random random = new Random(27001);

    @Test
    void automaticMetricsOnALargeRegister() {
        LocalDate today = LocalDate.now(clock);
        long seeding = System.nanoTime();
        int risks = scaled(100_000);
        int nonconformities = scaled(20_000);
        insert("risk", "code, title, asset, threat, vulnerability, confidentiality, integrity, availability, owner, likelihood, impact, level,"
                + " treatment, residual_likelihood, residual_impact, residual_level, acceptance, matrix_version, status, next_review_due, version",
                risks, i -> "('BR-%d', 'Benchmark risk %d', 'Asset %d', 'Threat', 'Vulnerability', true, false, true, 'risk-owner', %d, %d, '%s',"
                        .formatted(i, i, i % 500, 1 + i % 5, 1 + i / 7 % 5, RISK_LEVELS[i % 4])
                        + " 'MODIFY', 1, 2, 'LOW', '%s', 1, '%s', '%s', 0)".formatted(i % 33 == 0 ? "ABOVE_APPETITE" : "WITHIN_APPETITE",
                        i % 10 == 0 ? "CLOSED" : "OPEN", today.plusDays(random.nextInt(730) - 365)));
        insert("nonconformity", "code, reference, source, title, description, severity, owner, state, raised_by, raised_at, closed_at, version",
                nonconformities, i -> {
                    String state = NC_STATES[i % NC_STATES.length];
                    LocalDate raised = today.minusDays(random.nextInt(1500));
                    String closed = state.equals("CLOSED") ? "'" + raised.plusDays(5 + random.nextInt(120)) + " 12:00:00'" : "null";
                    return "('BNC-%d', 'bench-%d', 'MANUAL', 'Benchmark nonconformity', 'Seeded', '%s', 'risk-owner', '%s', 'auditor', '%s 09:00:00', %s, 0)"
                            .formatted(i, i, i % 7 == 0 ? "MAJOR" : "MINOR", state, raised, closed);
                });
        long firstNc = jdbc.sql("select min(id) from nonconformity").query(Long.class).single();
        insert("corrective_action", "nonconformity_id, round, plan_version, position, title, owner, due_date, state, implemented_by, implemented_at,"
                + " version", 2 * nonconformities, i -> {
                    LocalDate due = today.minusDays(random.nextInt(1400));
                    boolean done = i % 3 != 0;
                    return "(%d, 1, 1, %d, 'Benchmark action', 'risk-owner', '%s', '%s', %s, %s, 0)".formatted(firstNc + i / 2, i % 2, due,
                            done ? "DONE" : "PLANNED", done ? "'risk-owner'" : "null",
                            done ? "'" + due.plusDays(random.nextInt(20) - 12) + " 10:00:00'" : "null");
                });
        insert("effectiveness_review", "nonconformity, round, effective, reasoning, verified_by, verified_at", nonconformities / 2,
                i -> "(%d, 1, %s, 'Seeded', 'auditor', '%s 10:00:00')".formatted(firstNc + i, i % 6 != 0, today.minusDays(i % 900)));
        insert("user_task", "task_key, process_id, process_instance_key, element_id, name, created_at, due_at, closed_at, state, version",
                scaled(200_000), i -> "(%d, '%s', %d, '%s', 'Benchmark task', '%s 08:00:00', '%s 17:00:00', %s, '%s', 0)".formatted(
                        9_000_000_000L + i, i % 3 == 0 ? "internal-audit" : "corrective-action", 8_000_000_000L + i / 8, "step-" + i % 6,
                        today.minusDays(i % 700), today.minusDays(i % 700 - 14),
                        i % 25 == 0 ? "null" : "'" + today.minusDays(i % 700).atTime(8, 0).plusHours(1 + i % 200).toString().replace('T', ' ') + ":00'",
                        i % 25 == 0 ? "OPEN" : "COMPLETED"));
        insert("escalation", "job_key, process_instance_key, level, recipients, subject, reason, raised_at, resolved_at", scaled(20_000),
                i -> "(%d, %d, '%s', 'isms-managers', 'Benchmark', 'Overdue', '%s 08:00:00', %s)".formatted(7_000_000_000L + i, 8_000_000_000L + i,
                        i % 3 == 0 ? "TOP_MANAGEMENT" : "ISMS_MANAGER", today.minusDays(i % 700), i % 40 == 0 ? "null" : "'" + today + " 09:00:00'"));
        insert("document", "code, title, type, owner, classification, status, next_review_on, version", scaled(2_000),
                i -> "('BD-%d', 'Benchmark policy', 'TOPIC_SPECIFIC_POLICY', 'isms-manager', 'INTERNAL', '%s', '%s', 0)".formatted(i, i % 9 == 0 ? "RETIRED" : "APPROVED",
                        today.plusDays(random.nextInt(730) - 200)));
        insert("audit_trail", "entity_type, entity_id, action, after_state, actor, occurred_at", scaled(1_000_000),
                i -> "('%s', '%d', 'changed', '%s', 'benchmark', '%s 12:00:00')".formatted(i % 2 == 0 ? "risk" : "nonconformity",
                        1 + i % risks, i % 2 == 0 ? RISK_SNAPSHOT.formatted(1 + i % risks, i % risks, i % risks) : "{\"seeded\":true}",
                        today.minusDays(i % 1000)));
        seedAudits(today, scaled(2_000));
        jdbc.sql("update control set applicable = true, implementation_status = case when length(title) % 4 = 0 then 'PLANNED' else 'IMPLEMENTED' end"
                + " where source = 'ANNEX_A'").update();
        jdbc.sql("analyze table risk, nonconformity, corrective_action, effectiveness_review, user_task, escalation, document, audit_trail,"
                        + " audit, audit_checklist_row, audit_finding").query()
                .listOfRows();
        long seeded = System.nanoTime();

        System.out.printf("%n== Automatic metrics on %,d risks, %,d nonconformities, %,d trail rows (%s; seeded in %d s) ==%n", risks,
                nonconformities, scaled(1_000_000), jdbc.sql("select version()").query(String.class).single(), (seeded - seeding) / 1_000_000_000);
        System.out.printf("%-40s %12s %9s %9s%n", "metric", "value", "p50 ms", "p95 ms");
        for (MetricSource source : sources) {
            for (AutomaticMetric metric : source.automaticMetrics()) {
                long[] times = timed(() -> metric.value().apply(today));
                System.out.printf("%-40s %12s %9.2f %9.2f%n", metric.key(), metric.value().apply(today), percentile(times, 50),
                        percentile(times, 95));
            }
        }
        metrics.sample(today);
        long[] sampling = timed(() -> metrics.sample(today));
        System.out.printf("%-40s %12s %9.2f %9.2f%n", "daily sampling of all metrics", "", percentile(sampling, 50), percentile(sampling, 95));
        long[] figures = timed(() -> dashboard.figures(Duration.ofDays(90)));
        System.out.printf("%-40s %12s %9.2f %9.2f%n", "the whole dashboard (GET /api/dashboard)", "", percentile(figures, 50), percentile(figures, 95));
        Map<String, Runnable> parts = Map.of("  its KPI tiles", dashboard::kpis, "  its review standing", dashboard::reviewStanding,
                "  its heat maps", dashboard::heatMap, "  its processes", () -> dashboard.processes(Duration.ofDays(90)));
        parts.forEach((part, computation) -> {
            long[] times = timed(computation);
            System.out.printf("%-40s %12s %9.2f %9.2f%n", part, "", percentile(times, 50), percentile(times, 95));
        });
        long[] map = timed(() -> artefacts.map());
        System.out.printf("%-40s %12s %9.2f %9.2f%n%n", "the clause 4-10 artefact map", "", percentile(map, 50), percentile(map, 95));
        evidencePacks(today);
    }

    /** The evidence pack of a month and of a year, built in the background: time, size, and the heap's peak while building. */
    private void evidencePacks(LocalDate today) {
        System.out.printf("%-14s %12s %8s %10s %9s %15s%n", "evidence pack", "trail rows", "files", "size MB", "seconds", "peak heap MB");
        for (LocalDate from : List.of(today.minusMonths(1), today.minusYears(1))) {
            long trailRows = jdbc.sql("select count(*) from audit_trail where occurred_at >= ?").param(from).query(Long.class).single();
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            URI pack = rest.withBasicAuth("isms-manager", "demo").postForLocation("/api/evidence-packs", Map.of("from", from.toString(), "to",
                    today.toString()));
            Map<?, ?> built = Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> rest.withBasicAuth("isms-manager", "demo").getForObject(pack, Map.class), view -> !"BUILDING".equals(view.get("status")));
            long seconds = System.nanoTime() - start;
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.out.printf("%-14s %,12d %8s %10.1f %9.1f %,15d   %s%n", from.until(today).toTotalMonths() + " months", trailRows, built.get("files"),
                    (built.get("sizeBytes") instanceof Number bytes ? bytes.longValue() : 0) / 1048576.0, seconds / 1e9, peak / 1048576, built.get("status"));
        }
        System.out.println();
    }

    /** Ten yearly programmes with their audits, each with 20 checklist rows and 2 findings. */
    private void seedAudits(LocalDate today, int audits) {
        long area = jdbc.sql("select min(id) from audit_area").query(Long.class).single();
        insert("audit_programme", "cycle, objectives, scope, methods, responsibilities, reporting, coverage_years, status, requested_by, requested_at,"
                + " version", 10, i -> "(%d, 'o', 's', 'm', 'r', 'r', 3, 'COMPLETED', 'benchmark', '%s 08:00:00', 0)".formatted(today.getYear() - i,
                today.minusYears(i)));
        long firstProgramme = jdbc.sql("select min(id) from audit_programme").query(Long.class).single();
        insert("audit", "programme, code, area, score, reasons, window_start, window_end, state, version", audits, i -> {
            int yearsBack = i % 10;
            LocalDate end = today.minusYears(yearsBack).withDayOfYear(1 + i % 360);
            return "(%d, 'BA-%d', %d, 20, 'seeded', '%s', '%s', '%s', 0)".formatted(firstProgramme + yearsBack, i, area, end.minusDays(25), end,
                    i % 4 == 0 ? "FIELDWORK" : "CLOSED");
        });
        long firstAudit = jdbc.sql("select min(id) from audit").query(Long.class).single();
        insert("audit_checklist_row", "audit, audit_key, requirement, title, result, evidence_seen", audits * 20,
                i -> "(%d, %d, 'A.5.%d', 'Seeded requirement', 'CONFORMING', 'Seen')".formatted(firstAudit + i / 20, i % 20, 1 + i % 20));
        insert("audit_finding", "audit, audit_key, number, type, requirement, description", audits * 2,
                i -> "(%d, %d, %d, '%s', 'A.5.1', 'Seeded finding')".formatted(firstAudit + i / 2, i % 2, 1 + i % 2,
                        i % 2 == 0 ? "MINOR_NC" : "OPPORTUNITY_FOR_IMPROVEMENT"));
    }

    private int scaled(int rows) {
        return Math.max(1, (int) (rows * SCALE));
    }

    /** Generated rows, a thousand to a statement: the values are made here, not taken from anyone. */
    private void insert(String table, String columns, int rows, IntFunction<String> row) {
        for (int from = 0; from < rows; from += ROWS_PER_INSERT) {
            List<String> values = new ArrayList<>(ROWS_PER_INSERT);
            for (int i = from; i < Math.min(rows, from + ROWS_PER_INSERT); i++) {
                values.add(row.apply(i));
            }
            jdbc.sql("insert into " + table + " (" + columns + ") values " + String.join(",", values)).update();
        }
    }

    private static long[] timed(Runnable computation) {
        for (int i = 0; i < 3; i++) {
            computation.run();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            computation.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double percentile(long[] sortedNanos, int percent) {
        int index = Math.min(sortedNanos.length - 1, (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[index] / 1e6;
    }
}
