package io.ismsflow.audit;

import io.ismsflow.measurement.AutomaticMetric;
import io.ismsflow.measurement.Direction;
import io.ismsflow.measurement.MetricSource;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The internal audit's automatic metric (9.2): whether the programme's audits report by the end of their windows. */
@Component
class AuditMetrics implements MetricSource {

    private final JdbcClient jdbc;

    AuditMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AutomaticMetric> automaticMetrics() {
        return List.of(new AutomaticMetric("audit-programme-completion", "Audit programme completion", "Internal audit (9.2)",
                "Audits of this year's programme whose window has ended that have reported, as a share of those audits (dropped ones not counted)",
                "%", Direction.HIGHER_IS_BETTER, new BigDecimal("100"), new BigDecimal("80"),
                day -> jdbc.sql("""
                                select round(100 * sum(case when a.state in ('REPORTED', 'CLOSED') then 1 else 0 end) / count(*), 2)
                                from audit a join audit_programme p on p.id = a.programme
                                where p.cycle = :year and a.state not in ('DROPPED', 'PROPOSED') and a.window_end < :day""")
                        .param("year", day.getYear()).param("day", day).query(BigDecimal.class).optional().orElse(null)));
    }
}
