package io.ismsflow.risk;

import java.util.HashMap;
import java.util.Map;

/** What a risk owner enters in the "Reassess risk" form. */
public final class RiskReviewSteps {

    private RiskReviewSteps() {
    }

    /** The form's fields for the given scores and treating controls (comma-separated). */
    public static Map<String, Object> reassessment(int likelihood, int impact, int residualLikelihood, int residualImpact,
                                            String controls) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("likelihood", likelihood);
        variables.put("impact", impact);
        variables.put("treatment", "MODIFY");
        variables.put("treatmentPlan", "Apply the listed controls");
        variables.put("treatmentControls", controls);
        variables.put("residualLikelihood", residualLikelihood);
        variables.put("residualImpact", residualImpact);
        variables.put("notes", "Reassessed in a test");
        variables.put("ownerAccepts", true);
        return variables;
    }
}
