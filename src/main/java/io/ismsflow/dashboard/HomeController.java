package io.ismsflow.dashboard;

import io.ismsflow.security.CurrentUser;
import io.ismsflow.tasks.TaskRecord;
import io.ismsflow.tasks.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page is the management dashboard: your tasks, a tile per KPI with its trend, the management review's
 * standing and the risk heat map, inherent beside residual; each figure leads to the list behind it. The processes'
 * steps have a page of their own.
 */
@Controller
class HomeController {

    private static final Duration CYCLE_TIME_PERIOD = Duration.ofDays(90);

    private final Dashboard dashboard;
    private final Artefacts artefacts;
    private final Tasks tasks;
    private final Clock clock;

    HomeController(Dashboard dashboard, Artefacts artefacts, Tasks tasks, Clock clock) {
        this.dashboard = dashboard;
        this.artefacts = artefacts;
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<TaskRecord> open = tasks.open();
        model.addAttribute("myTasks", open.stream().filter(record -> tasks.mayWorkOn(record.task(), user)).count());
        model.addAttribute("overdueTasks", open.stream().filter(record -> record.due() != null && record.due().isBefore(now)).count());
        model.addAttribute("kpis", dashboard.kpis().stream().map(KpiTile::of).toList());
        model.addAttribute("review", dashboard.reviewStanding());
        model.addAttribute("heatmap", dashboard.heatMap());
        return "home";
    }

    /** The readiness check before a certification audit: the artefacts of clauses 4–10. */
    @GetMapping("/artefacts")
    String artefacts(Model model) {
        model.addAttribute("artefacts", artefacts.map());
        return "artefacts";
    }

    @GetMapping("/processes")
    String processes(Model model) {
        model.addAttribute("processes", dashboard.processes(CYCLE_TIME_PERIOD));
        model.addAttribute("days", CYCLE_TIME_PERIOD.toDays());
        return "processes";
    }
}
