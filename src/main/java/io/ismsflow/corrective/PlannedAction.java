package io.ismsflow.corrective;

import io.ismsflow.soa.ImplementationStatus;
import java.time.LocalDate;

/**
 * One row of the "Plan corrective actions" form: what to do, who, by when, and the ISMS changes it implies
 * (all optional): rescore a risk's residual level, add a risk, change a control's status or make it applicable.
 */
public record PlannedAction(
        String title,
        String owner,
        LocalDate dueDate,
        String riskCode,
        Integer residualLikelihood,
        Integer residualImpact,
        String newRiskTitle,
        Integer newRiskLikelihood,
        Integer newRiskImpact,
        String controlId,
        ImplementationStatus controlStatus,
        Boolean makeControlApplicable) {

    boolean rescoresRisk() {
        return riskCode != null && !riskCode.isBlank();
    }

    boolean addsRisk() {
        return newRiskTitle != null && !newRiskTitle.isBlank();
    }

    boolean changesControl() {
        return controlId != null && !controlId.isBlank();
    }
}
