package io.ismsflow.dashboard;

import io.ismsflow.review.ManagementReviews;
import io.ismsflow.risk.RiskHeatMap;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Dashboard", description = "The management dashboard's figures: KPIs, the risk heat map, the processes' steps")
@RestController
class DashboardController {

    private final Dashboard dashboard;
    private final Artefacts artefacts;

    DashboardController(Dashboard dashboard, Artefacts artefacts) {
        this.dashboard = dashboard;
        this.artefacts = artefacts;
    }

    /** The clause 4–10 artefact map: each artefact present, stale or missing, with its newest evidence and where it is. */
    @GetMapping("/api/artefacts")
    List<Artefacts.Artefact> artefacts() {
        return artefacts.map();
    }

    /** The heat map as 5×5 counts (rows likelihood 5 to 1, columns impact 1 to 5) and which cells lie above the appetite. */
    record HeatMapCounts(List<List<Long>> inherent, List<List<Long>> residual, List<List<Boolean>> aboveAppetite, String appetite) {

        static HeatMapCounts of(RiskHeatMap.HeatMap map) {
            return new HeatMapCounts(counts(map.inherent()), counts(map.residual()),
                    map.residual().stream().map(row -> row.stream().map(RiskHeatMap.Cell::aboveAppetite).toList()).toList(), map.appetite().name());
        }

        private static List<List<Long>> counts(List<List<RiskHeatMap.Cell>> cells) {
            return cells.stream().map(row -> row.stream().map(RiskHeatMap.Cell::risks).toList()).toList();
        }
    }

    record DashboardView(List<Dashboard.Kpi> kpis, ManagementReviews.Standing managementReview, HeatMapCounts heatmap,
                         Map<String, Dashboard.ProcessFigures> processes) {
    }

    /** Every figure of the dashboard; cycle times over the last {@code days} (90 unless given). */
    @GetMapping("/api/dashboard")
    DashboardView dashboard(@RequestParam(defaultValue = "90") int days) {
        Dashboard.Figures figures = dashboard.figures(Duration.ofDays(Math.clamp(days, 1, 3660)));
        return new DashboardView(figures.kpis(), figures.review(), HeatMapCounts.of(figures.heatmap()), figures.processes());
    }
}
