package io.ismsflow.soa;

import io.ismsflow.measurement.AutomaticMetric;
import io.ismsflow.measurement.Direction;
import io.ismsflow.measurement.MetricSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SoA's automatic metrics: the share of applicable Annex A controls implemented, overall and per theme. */
@Component
class SoaMetrics implements MetricSource {

    private static final String IMPLEMENTED = """
            select round(100 * sum(case when implementation_status = 'IMPLEMENTED' then 1 else 0 end) / count(*), 2)
            from control where source = 'ANNEX_A' and applicable = true and (:theme is null or theme = :theme)""";

    private final JdbcClient jdbc;

    SoaMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AutomaticMetric> automaticMetrics() {
        List<AutomaticMetric> metrics = new ArrayList<>(List.of(implemented("controls-implemented", "Applicable Annex A controls implemented",
                "Annex A (6.1.3 d)", null)));
        for (Theme theme : Theme.values()) {
            String name = theme.name().toLowerCase(Locale.ROOT);
            metrics.add(implemented("controls-implemented-" + name, "Applicable " + name + " controls implemented",
                    "Annex A, " + name + " controls", theme));
        }
        return metrics;
    }

    private AutomaticMetric implemented(String key, String name, String measures, Theme theme) {
        return new AutomaticMetric(key, name, measures,
                "Applicable Annex A controls" + (theme == null ? "" : " of the theme") + " whose status is implemented, as a share of all applicable ones",
                "%", Direction.HIGHER_IS_BETTER, new BigDecimal("90"), new BigDecimal("70"),
                day -> jdbc.sql(IMPLEMENTED).param("theme", theme == null ? null : theme.name()).query(BigDecimal.class).optional().orElse(null));
    }
}
