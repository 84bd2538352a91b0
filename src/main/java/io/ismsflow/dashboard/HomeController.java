package io.ismsflow.dashboard;

import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.corrective.Nonconformity;
import io.ismsflow.corrective.NonconformityState;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskLevel;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.soa.Control;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.tasks.TaskRecord;
import io.ismsflow.tasks.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the ISMS at a glance, each figure a link to the list behind it (the management dashboard with
 * trends and exports comes with its own issue).
 */
@Controller
class HomeController {

    private final RiskRegister risks;
    private final StatementOfApplicability soa;
    private final Nonconformities nonconformities;
    private final Tasks tasks;
    private final Clock clock;

    HomeController(RiskRegister risks, StatementOfApplicability soa, Nonconformities nonconformities, Tasks tasks, Clock clock) {
        this.risks = risks;
        this.soa = soa;
        this.nonconformities = nonconformities;
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

        List<Risk> register = risks.all();
        Map<RiskLevel, Long> byLevel = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            byLevel.put(level, register.stream().filter(risk -> risk.getResidualLevel() == level).count());
        }
        model.addAttribute("risksByLevel", byLevel);
        model.addAttribute("risks", register.size());
        model.addAttribute("reviewsDue", register.stream().filter(risk -> !risk.getNextReviewDue().isAfter(LocalDate.now(clock))).count());

        List<Control> controls = soa.all();
        model.addAttribute("controls", controls.size());
        model.addAttribute("applicable", controls.stream().filter(control -> Boolean.TRUE.equals(control.getApplicable())).count());
        model.addAttribute("excluded", controls.stream().filter(control -> Boolean.FALSE.equals(control.getApplicable())).count());
        model.addAttribute("undecided", controls.stream().filter(control -> control.getApplicable() == null).count());

        List<Nonconformity> all = nonconformities.find(null, null, null);
        model.addAttribute("openNonconformities", all.stream().filter(nc -> nc.getState() != NonconformityState.CLOSED).count());
        model.addAttribute("closedNonconformities", all.stream().filter(nc -> nc.getState() == NonconformityState.CLOSED).count());
        return "home";
    }
}
