package io.ismsflow.soa;

import io.ismsflow.risk.RiskReviews;
import io.ismsflow.tasks.TaskSubmissionCheck;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.web.InvalidFieldsException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The controls a risk owner names in a reassessment must be in the SoA: checked when the task is completed, so a
 * typing error is corrected in the form instead of becoming an incident of the SoA update.
 */
@Component
class TreatmentControlsExist implements TaskSubmissionCheck {

    private final StatementOfApplicability soa;

    TreatmentControlsExist(StatementOfApplicability soa) {
        this.soa = soa;
    }

    @Override
    public String processId() {
        return RiskReviews.PROCESS_ID;
    }

    @Override
    public String taskElementId() {
        return "reassess-risk";
    }

    @Override
    public void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
        Object named = submission.get("treatmentControls");
        List<String> unknown = UpdateSoaFromRiskWorker.parse(named == null ? null : named.toString()).stream()
                .filter(id -> !soa.exists(id))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFieldsException(Map.of("treatmentControls",
                    (unknown.size() == 1 ? "Control " : "Controls ") + String.join(", ", unknown) + " not in the SoA"));
        }
    }
}
