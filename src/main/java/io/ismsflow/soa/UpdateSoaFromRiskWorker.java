package io.ismsflow.soa;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.trail.Actor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Keeps the SoA in step with the risk register once a risk's treatment is settled. */
@Component
public class UpdateSoaFromRiskWorker {

    private final StatementOfApplicability soa;
    private final RiskRegister risks;

    UpdateSoaFromRiskWorker(StatementOfApplicability soa, RiskRegister risks) {
        this.soa = soa;
        this.risks = risks;
    }

    @JobWorker(type = "update-soa-from-risk")
    public Map<String, Object> updateSoa(ActivatedJob job, @Variable long riskId,
                                         @Variable(optional = true) String treatmentControls,
                                         @Variable(optional = true) String completedBy) {
        String riskCode = risks.get(riskId).getCode();
        try {
            List<String> changed = soa.applyRiskTreatment(riskId, riskCode, parse(treatmentControls), Actor.forJob(job, completedBy));
            return Map.of("soaChangedControls", changed);
        } catch (UnknownControlException e) {
            throw JobInput.incident(job, e.getMessage() + " (named in the treatment of risk " + riskCode + ")");
        }
    }

    /** The form takes control ids as free text: "5.15, 8.13" or one per line. */
    static List<String> parse(String treatmentControls) {
        if (treatmentControls == null || treatmentControls.isBlank()) {
            return List.of();
        }
        return Arrays.stream(treatmentControls.split("[,;\\s]+")).filter(id -> !id.isBlank()).distinct().toList();
    }
}
