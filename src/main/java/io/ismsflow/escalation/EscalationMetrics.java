package io.ismsflow.escalation;

import io.ismsflow.measurement.AutomaticMetric;
import io.ismsflow.measurement.Direction;
import io.ismsflow.measurement.MetricSource;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How often work reaches top management late: escalations to top management still open. */
@Component
class EscalationMetrics implements MetricSource {

    private final JdbcClient jdbc;

    EscalationMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AutomaticMetric> automaticMetrics() {
        return List.of(new AutomaticMetric("open-manager-escalations", "Open escalations to the group managers", "Leadership and oversight (5.1)",
                "Overdue tasks escalated to the manager of their group whose task is still open", "escalations", Direction.LOWER_IS_BETTER,
                new BigDecimal("2"), new BigDecimal("5"),
                day -> jdbc.sql("select count(*) from escalation where level = 'GROUP_MANAGER' and resolved_at is null")
                        .query(BigDecimal.class).single()),
                new AutomaticMetric("open-top-escalations", "Open escalations to top management", "Leadership and oversight (5.1)",
                "Overdue tasks escalated to top management whose task is still open", "escalations", Direction.LOWER_IS_BETTER, BigDecimal.ZERO,
                new BigDecimal("2"),
                day -> jdbc.sql("select count(*) from escalation where level = 'TOP_MANAGEMENT' and resolved_at is null")
                        .query(BigDecimal.class).single()));
    }
}
