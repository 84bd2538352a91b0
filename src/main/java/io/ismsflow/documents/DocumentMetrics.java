package io.ismsflow.documents;

import io.ismsflow.measurement.AutomaticMetric;
import io.ismsflow.measurement.Direction;
import io.ismsflow.measurement.MetricSource;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether documented information is kept up to date (7.5.2): policies and procedures past their review date. */
@Component
class DocumentMetrics implements MetricSource {

    private final JdbcClient jdbc;

    DocumentMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AutomaticMetric> automaticMetrics() {
        return List.of(new AutomaticMetric("documents-past-review", "Policies and procedures past their review date",
                "Control of documented information (7.5.2, Annex A 5.1)", "Documents in force or in review whose next review date has passed",
                "documents", Direction.LOWER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("2"),
                day -> jdbc.sql("select count(*) from document where status in ('APPROVED', 'IN_REVIEW') and next_review_on < :day")
                        .param("day", day).query(BigDecimal.class).single()));
    }
}
