package io.ismsflow.dashboard;

import io.ismsflow.risk.RiskRegister;
import io.ismsflow.soa.StatementOfApplicability;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the risk register and the Statement of Applicability at a glance. */
@Controller
class HomeController {

    private final RiskRegister risks;
    private final StatementOfApplicability soa;

    HomeController(RiskRegister risks, StatementOfApplicability soa) {
        this.risks = risks;
        this.soa = soa;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("risks", risks.all());
        model.addAttribute("controls", soa.all());
        return "home";
    }
}
