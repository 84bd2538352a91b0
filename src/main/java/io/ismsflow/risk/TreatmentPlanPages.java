package io.ismsflow.risk;

import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The risk treatment plan (6.1.3 e) as one view across the register: every action with its risk, control, owner,
 * resources, due date, status and evidence, which is what an auditor asks for (the exports write it as a file).
 */
@Controller
class TreatmentPlanPages {

    private final TreatmentPlans plans;
    private final RiskRegister risks;

    TreatmentPlanPages(TreatmentPlans plans, RiskRegister risks) {
        this.plans = plans;
        this.risks = risks;
    }

    @GetMapping("/risks/treatment-plan")
    String plan(@RequestParam(required = false) TreatmentAction.Status status, Model model) {
        model.addAttribute("actions", plans.all().stream().filter(action -> status == null || action.getStatus() == status).toList());
        model.addAttribute("risks", risks.all().stream().collect(Collectors.toMap(Risk::getId, Function.identity())));
        model.addAttribute("statuses", TreatmentAction.Status.values());
        model.addAttribute("status", status);
        return "treatment-plan";
    }
}
