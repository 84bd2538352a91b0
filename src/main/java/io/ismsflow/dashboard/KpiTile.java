package io.ismsflow.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A KPI as its tile shows it: the figure, and its twelve-month trend as the points of a small SVG line (100 × 24,
 * drawn on the server, so the page needs no script for it).
 */
record KpiTile(Dashboard.Kpi kpi, String sparkline) {

    private static final int WIDTH = 100;
    private static final int HEIGHT = 24;

    static KpiTile of(Dashboard.Kpi kpi) {
        List<BigDecimal> known = kpi.trend().stream().filter(Objects::nonNull).toList();
        if (known.size() < 2) {
            return new KpiTile(kpi, "");
        }
        double min = known.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = known.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double range = max - min == 0 ? 1 : max - min;
        List<String> points = new ArrayList<>();
        List<BigDecimal> trend = kpi.trend();
        for (int i = 0; i < trend.size(); i++) {
            if (trend.get(i) != null) {
                double y = HEIGHT - 2 - (trend.get(i).doubleValue() - min) / range * (HEIGHT - 4);
                points.add("%.1f,%.1f".formatted(i * (double) WIDTH / (trend.size() - 1), y));
            }
        }
        return new KpiTile(kpi, String.join(" ", points));
    }
}
