package io.ismsflow.risk;

import io.ismsflow.measurement.AutomaticMetric;
import io.ismsflow.measurement.Direction;
import io.ismsflow.measurement.MetricSource;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The risk register's automatic metrics (6.1.2, 8.2): risks above the appetite not accepted, overdue risk reviews. */
@Component
class RiskMetrics implements MetricSource {

    private final JdbcClient jdbc;

    RiskMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AutomaticMetric> automaticMetrics() {
        return List.of(
                new AutomaticMetric("risks-above-appetite", "Risks above the appetite", "Risk treatment (6.1.3)",
                        "Risks whose residual level is above the appetite and not accepted", "risks", Direction.LOWER_IS_BETTER,
                        BigDecimal.ZERO, new BigDecimal("2"),
                        day -> jdbc.sql("select count(*) from risk where acceptance = 'ABOVE_APPETITE' and status <> 'CLOSED'")
                                .query(BigDecimal.class).single()),
                new AutomaticMetric("overdue-risk-reviews", "Overdue risk reviews", "Risk assessment at planned intervals (8.2)",
                        "Risks whose next review date has passed and whose review has not started", "risks", Direction.LOWER_IS_BETTER,
                        BigDecimal.ZERO, new BigDecimal("3"),
                        day -> jdbc.sql("select count(*) from risk where status = 'OPEN' and next_review_due < :day")
                                .param("day", day).query(BigDecimal.class).single()));
    }
}
