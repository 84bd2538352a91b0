package io.ismsflow.dashboard;

import io.ismsflow.measurement.AutomaticMetric;
import io.ismsflow.measurement.Direction;
import io.ismsflow.measurement.MetricSource;
import io.ismsflow.tasks.TaskRegister;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Whether the ISMS's processes keep time: open tasks past their due date, in every process. Contributed from here
 * rather than from the task list, which shows measurement's tasks and so may not depend on it.
 */
@Component
class OperationMetrics implements MetricSource {

    private final TaskRegister tasks;

    OperationMetrics(TaskRegister tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<AutomaticMetric> automaticMetrics() {
        return List.of(new AutomaticMetric("overdue-tasks", "Overdue tasks", "Operation of the ISMS processes (8.1)",
                "Open tasks of every process whose due date has passed", "tasks", Direction.LOWER_IS_BETTER, new BigDecimal("5"),
                new BigDecimal("15"), day -> BigDecimal.valueOf(tasks.overdueCount())));
    }
}
