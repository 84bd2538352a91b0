package io.ismsflow.audit;

import io.ismsflow.measurement.AutomaticMetric;
import io.ismsflow.measurement.Direction;
import io.ismsflow.measurement.MetricSource;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The internal audit's automatic metrics (9.2): whether the programme's audits report by the end of their windows, and
 * what this year's reports found, by type (a year of audits without one opportunity for improvement is worth a look).
 */
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
                        .param("year", day.getYear()).param("day", day).query(BigDecimal.class).optional().orElse(null)),
                findings("audit-nonconformities-this-year", "Nonconformities found by this year's audits", "nonconformities",
                        "Major and minor nonconformities in the reports of this year's programme", List.of("MAJOR_NC", "MINOR_NC"),
                        Direction.LOWER_IS_BETTER, new BigDecimal("3"), new BigDecimal("6")),
                findings("audit-opportunities-this-year", "Opportunities for improvement found by this year's audits", "opportunities",
                        "Opportunities for improvement in the reports of this year's programme", List.of("OPPORTUNITY_FOR_IMPROVEMENT"),
                        Direction.HIGHER_IS_BETTER, BigDecimal.ONE, BigDecimal.ZERO));
    }

    /** The findings of given types in the reports of the day's year's programme. */
    private AutomaticMetric findings(String key, String name, String unit, String method, List<String> types, Direction direction,
                                     BigDecimal target, BigDecimal warning) {
        return new AutomaticMetric(key, name, "Internal audit (9.2)", method, unit, direction, target, warning,
                day -> jdbc.sql("""
                                select count(*) from audit_finding f join audit a on a.id = f.audit join audit_programme p on p.id = a.programme
                                where p.cycle = :year and a.state in ('REPORTED', 'CLOSED') and f.type in (:types)""")
                        .param("year", day.getYear()).param("types", types).query(BigDecimal.class).single());
    }
}
