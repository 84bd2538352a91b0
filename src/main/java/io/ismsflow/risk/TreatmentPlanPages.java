package io.ismsflow.risk;

import io.ismsflow.security.People;
import io.ismsflow.web.Csv;
import io.ismsflow.web.Dates;
import io.ismsflow.web.Labels;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The risk treatment plan (6.1.3 e) as one view across the register, and as one export: every action with its risk,
 * control, owner, resources, due date, status and evidence, which is what an auditor asks for.
 */
@Controller
class TreatmentPlanPages {

    private final TreatmentPlans plans;
    private final RiskRegister risks;
    private final People people;
    private final Labels labels;
    private final Dates dates;

    TreatmentPlanPages(TreatmentPlans plans, RiskRegister risks, People people, Labels labels, Dates dates) {
        this.plans = plans;
        this.risks = risks;
        this.people = people;
        this.labels = labels;
        this.dates = dates;
    }

    @GetMapping("/risks/treatment-plan")
    String plan(@RequestParam(required = false) TreatmentAction.Status status, Model model) {
        model.addAttribute("actions", actions(status));
        model.addAttribute("risks", risks.all().stream().collect(Collectors.toMap(Risk::getId, Function.identity())));
        model.addAttribute("statuses", TreatmentAction.Status.values());
        model.addAttribute("status", status);
        return "treatment-plan";
    }

    /** The plan as CSV, one line per action. */
    @GetMapping("/risks/treatment-plan.csv")
    ResponseEntity<byte[]> export() {
        Map<Long, Risk> byId = risks.all().stream().collect(Collectors.toMap(Risk::getId, Function.identity()));
        return Csv.download("risk-treatment-plan.csv", Stream.concat(Stream.of(Csv.row("Risk", "Risk title", "Action", "Control", "Owner",
                        "Resources", "Due", "Status", "Evidence", "Done by", "Done on")),
                actions(null).stream().map(action -> {
                    Risk risk = byId.get(action.getRisk());
                    return Csv.row(risk.getCode(), risk.getTitle(), action.getTitle(), action.getControlId(), people.displayName(action.getOwner()),
                            action.getResources(), action.getDueDate().toString(), labels.of(action.getStatus()), action.getEvidence(),
                            action.getDoneBy() == null ? null : people.displayName(action.getDoneBy()),
                            action.getDoneAt() == null ? null : dates.date(action.getDoneAt()));
                })).toList());
    }

    private List<TreatmentAction> actions(TreatmentAction.Status status) {
        return plans.all().stream().filter(action -> status == null || action.getStatus() == status).toList();
    }
}
