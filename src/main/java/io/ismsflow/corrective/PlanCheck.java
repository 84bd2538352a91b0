package io.ismsflow.corrective;

import io.ismsflow.risk.RiskRegister;
import io.ismsflow.security.People;
import io.ismsflow.soa.StatementOfApplicability;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a plan of corrective actions must satisfy beyond its form: at least one action, each with an owner and a
 * due date ahead, and ISMS changes that name existing risks and controls with everything the change needs.
 * Field names follow the form: {@code plannedActions[row].field}.
 */
@Component
class PlanCheck {

    static final String FIELD = "plannedActions";

    private final RiskRegister risks;
    private final StatementOfApplicability soa;
    private final People people;
    private final Clock clock;

    PlanCheck(RiskRegister risks, StatementOfApplicability soa, People people, Clock clock) {
        this.risks = risks;
        this.soa = soa;
        this.people = people;
        this.clock = clock;
    }

    Map<String, String> problems(List<PlannedAction> planned) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (planned == null || planned.isEmpty()) {
            problems.put(FIELD, "a plan needs at least one action");
            return problems;
        }
        for (int i = 0; i < planned.size(); i++) {
            PlannedAction action = planned.get(i);
            String row = FIELD + "[" + i + "].";
            if (action.title() == null || action.title().isBlank()) {
                problems.put(row + "title", "is required");
            }
            if (action.owner() == null || action.owner().isBlank()) {
                problems.put(row + "owner", "is required");
            } else if (!people.isKnown(action.owner().trim())) {
                problems.put(row + "owner", action.owner().trim() + " is not a person who uses ISMS Flow");
            }
            if (action.dueDate() == null || action.dueDate().isBefore(LocalDate.now(clock))) {
                problems.put(row + "dueDate", "must be today or later");
            }
            if (action.rescoresRisk()) {
                if (risks.findByCode(action.riskCode().trim()).isEmpty()) {
                    problems.put(row + "riskCode", "Risk " + action.riskCode().trim() + " does not exist");
                }
                if (action.residualLikelihood() == null || action.residualImpact() == null) {
                    problems.put(row + "residualLikelihood", "a risk to rescore needs its residual likelihood and impact");
                }
            }
            if (action.addsRisk() && (action.newRiskLikelihood() == null || action.newRiskImpact() == null)) {
                problems.put(row + "newRiskLikelihood", "a new risk needs its likelihood and impact");
            }
            if (action.changesControl()) {
                if (!soa.exists(action.controlId().trim())) {
                    problems.put(row + "controlId", "Control " + action.controlId().trim() + " does not exist in the SoA");
                } else if (action.controlStatus() == null && !Boolean.TRUE.equals(action.makeControlApplicable())) {
                    problems.put(row + "controlStatus", "say what changes for control " + action.controlId().trim());
                } else if (action.controlStatus() != null && !Boolean.TRUE.equals(action.makeControlApplicable())
                        && Boolean.FALSE.equals(soa.get(action.controlId().trim()).getApplicable())) {
                    problems.put(row + "makeControlApplicable", "control " + action.controlId().trim()
                            + " is excluded from the SoA: make it applicable to change its status");
                }
            }
        }
        return problems;
    }

    /** The ISMS changes a checked planned action implies, in the order they are applied. */
    List<IsmsChange> changesOf(PlannedAction action) {
        List<IsmsChange> changes = new ArrayList<>();
        if (action.rescoresRisk()) {
            long riskId = risks.findByCode(action.riskCode().trim()).orElseThrow().getId();
            changes.add(IsmsChange.rescoreRisk(riskId, action.residualLikelihood(), action.residualImpact()));
        }
        if (action.addsRisk()) {
            changes.add(IsmsChange.addRisk(action.newRiskTitle().trim(), action.newRiskLikelihood(), action.newRiskImpact()));
        }
        if (action.changesControl()) {
            if (Boolean.TRUE.equals(action.makeControlApplicable())) {
                changes.add(IsmsChange.controlApplicable(action.controlId().trim()));
            }
            if (action.controlStatus() != null) {
                changes.add(IsmsChange.controlStatus(action.controlId().trim(), action.controlStatus()));
            }
        }
        return changes;
    }
}
