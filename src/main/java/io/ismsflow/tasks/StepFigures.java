package io.ismsflow.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What management sees of each process's steps, from the app's own task table (so it works on the in-memory engine and
 * on a cluster alike): open and overdue tasks per step, and how long each step took, median and 90th percentile over a
 * period. Aggregate SQL that runs on MySQL 8.4 and MariaDB alike (window functions, no PERCENTILE_CONT).
 */
@Service
@Transactional(readOnly = true)
public class StepFigures {

    /** A step (user task) of a process now: how many are open and how many of them are overdue. */
    public record OpenStep(String processId, String elementId, String name, long open, long overdue) {
    }

    /** A step's cycle time over the period: from the task's creation to its completion. */
    public record StepCycle(String processId, String elementId, String name, long completed, Duration median, Duration p90) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    StepFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<OpenStep> open() {
        return jdbc.sql("""
                        select process_id, element_id, max(name) name, count(*) open,
                               sum(case when due_at < :now then 1 else 0 end) overdue
                        from user_task where state = 'OPEN' group by process_id, element_id order by process_id, element_id""")
                .param("now", clock.instant())
                .query((row, n) -> new OpenStep(row.getString("process_id"), row.getString("element_id"), row.getString("name"),
                        row.getLong("open"), row.getLong("overdue"))).list();
    }

    /** The steps completed since the instant, each with its median and 90th-percentile time from creation to completion. */
    public List<StepCycle> cycleTimes(Instant since) {
        return jdbc.sql("""
                        select process_id, element_id, max(name) name, n,
                               max(case when rn = ceil(0.5 * n) then seconds end) median,
                               max(case when rn = ceil(0.9 * n) then seconds end) p90
                        from (select process_id, element_id, name, timestampdiff(second, created_at, closed_at) seconds,
                                     row_number() over (partition by process_id, element_id order by timestampdiff(second, created_at, closed_at)) rn,
                                     count(*) over (partition by process_id, element_id) n
                              from user_task where state = 'COMPLETED' and closed_at >= :since) completed
                        group by process_id, element_id, n order by process_id, element_id""")
                .param("since", since)
                .query((row, n) -> new StepCycle(row.getString("process_id"), row.getString("element_id"), row.getString("name"),
                        row.getLong("n"), Duration.ofSeconds(row.getLong("median")), Duration.ofSeconds(row.getLong("p90")))).list();
    }
}
