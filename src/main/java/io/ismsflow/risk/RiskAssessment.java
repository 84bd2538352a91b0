package io.ismsflow.risk;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/** The record of one reassessment as a review task completed it: the history an auditor asks for under 8.2. */
public record RiskAssessment(
        @Id Long id,
        long riskId,
        long jobKey,
        long processInstanceKey,
        int likelihood,
        int impact,
        RiskLevel level,
        Treatment treatment,
        int residualLikelihood,
        int residualImpact,
        RiskLevel residualLevel,
        int matrixVersion,
        String notes,
        String assessedBy,
        Instant assessedAt,
        ReviewTrigger reviewTrigger,
        String triggerReference) {

    static RiskAssessment of(Risk risk, String notes, long jobKey, long processInstanceKey, String assessedBy, ReviewTrigger trigger,
                             String triggerReference) {
        return new RiskAssessment(null, risk.getId(), jobKey, processInstanceKey, risk.getLikelihood(), risk.getImpact(),
                risk.getLevel(), risk.getTreatment(), risk.getResidualLikelihood(), risk.getResidualImpact(),
                risk.getResidualLevel(), risk.getMatrixVersion(), notes, assessedBy, risk.getLastReviewedAt(), trigger, triggerReference);
    }
}
