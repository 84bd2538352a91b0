package io.ismsflow.tasks;

import io.ismsflow.measurement.AutomaticMetric;
import io.ismsflow.measurement.Direction;
import io.ismsflow.measurement.MetricSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether the ISMS's processes keep time: open tasks past their due date, in every process. */
@Component
class TaskMetrics implements MetricSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<AutomaticMetric> automaticMetrics() {
        return List.of(new AutomaticMetric("overdue-tasks", "Overdue tasks", "Operation of the ISMS processes (8.1)",
                "Open tasks of every process whose due date has passed", "tasks", Direction.LOWER_IS_BETTER, new BigDecimal("5"),
                new BigDecimal("15"),
                day -> jdbc.sql("select count(*) from user_task where state = 'OPEN' and due_at < :now").param("now", clock.instant())
                        .query(BigDecimal.class).single()));
    }
}
