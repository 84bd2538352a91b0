package io.ismsflow.corrective;

import io.ismsflow.measurement.AutomaticMetric;
import io.ismsflow.measurement.Direction;
import io.ismsflow.measurement.MetricSource;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The corrective-action loop's automatic metrics (10.2): open nonconformities (all, major, older than 90 days), actions
 * done on time, days to close, and how often the first verification found the actions effective.
 */
@Component
class CorrectiveMetrics implements MetricSource {

    private final JdbcClient jdbc;

    CorrectiveMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AutomaticMetric> automaticMetrics() {
        return List.of(
                new AutomaticMetric("open-nonconformities", "Open nonconformities", "Nonconformity and corrective action (10.2)",
                        "Nonconformities not closed", "nonconformities", Direction.LOWER_IS_BETTER, new BigDecimal("3"), new BigDecimal("8"),
                        day -> jdbc.sql("select count(*) from nonconformity where state <> 'CLOSED'").query(BigDecimal.class).single()),
                new AutomaticMetric("open-major-nonconformities", "Open major nonconformities", "Nonconformity and corrective action (10.2)",
                        "Nonconformities of major severity not closed", "nonconformities", Direction.LOWER_IS_BETTER, BigDecimal.ZERO,
                        BigDecimal.ONE,
                        day -> jdbc.sql("select count(*) from nonconformity where state <> 'CLOSED' and severity = 'MAJOR'")
                                .query(BigDecimal.class).single()),
                new AutomaticMetric("nonconformities-open-under-30-days", "Nonconformities open less than 30 days",
                        "Nonconformity and corrective action (10.2)", "Nonconformities not closed that were raised in the 30 days before the day",
                        "nonconformities", Direction.LOWER_IS_BETTER, new BigDecimal("3"), new BigDecimal("6"),
                        day -> jdbc.sql("select count(*) from nonconformity where state <> 'CLOSED' and raised_at >= date_sub(:day, interval 30 day)")
                                .param("day", day).query(BigDecimal.class).single()),
                new AutomaticMetric("nonconformities-open-30-to-90-days", "Nonconformities open 30 to 90 days",
                        "Nonconformity and corrective action (10.2)",
                        "Nonconformities not closed that were raised 30 to 90 days before the day", "nonconformities", Direction.LOWER_IS_BETTER,
                        new BigDecimal("2"), new BigDecimal("4"),
                        day -> jdbc.sql("""
                                        select count(*) from nonconformity where state <> 'CLOSED'
                                        and raised_at < date_sub(:day, interval 30 day) and raised_at >= date_sub(:day, interval 90 day)""")
                                .param("day", day).query(BigDecimal.class).single()),
                new AutomaticMetric("nonconformities-open-over-90-days", "Nonconformities open more than 90 days",
                        "Nonconformity and corrective action (10.2)", "Nonconformities not closed that were raised more than 90 days before the day",
                        "nonconformities", Direction.LOWER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("2"),
                        day -> jdbc.sql("select count(*) from nonconformity where state <> 'CLOSED' and raised_at < date_sub(:day, interval 90 day)")
                                .param("day", day).query(BigDecimal.class).single()),
                new AutomaticMetric("actions-done-on-time", "Corrective actions done on time", "Corrective action (10.2 c, d)",
                        "Corrective actions done by their due date, as a share of all actions done", "%", Direction.HIGHER_IS_BETTER,
                        new BigDecimal("90"), new BigDecimal("75"),
                        day -> jdbc.sql("""
                                select round(100 * sum(case when date(implemented_at) <= due_date then 1 else 0 end) / count(*), 2)
                                from corrective_action where implemented_at is not null""").query(BigDecimal.class).optional().orElse(null)),
                new AutomaticMetric("days-to-close-nonconformity", "Mean days to close a nonconformity", "Corrective action (10.2)",
                        "Mean days from raising to closing, over the nonconformities closed", "days", Direction.LOWER_IS_BETTER,
                        new BigDecimal("60"), new BigDecimal("90"),
                        day -> jdbc.sql("select round(avg(datediff(closed_at, raised_at)), 2) from nonconformity where closed_at is not null")
                                .query(BigDecimal.class).optional().orElse(null)),
                new AutomaticMetric("effective-at-first-verification", "Effective at the first verification", "Effectiveness of corrective actions (10.2 d)",
                        "Nonconformities whose first effectiveness review found the actions effective, as a share of those verified",
                        "%", Direction.HIGHER_IS_BETTER, new BigDecimal("85"), new BigDecimal("70"),
                        day -> jdbc.sql("""
                                select round(100 * sum(case when effective then 1 else 0 end) / count(*), 2)
                                from effectiveness_review where round = 1""").query(BigDecimal.class).optional().orElse(null)));
    }
}
