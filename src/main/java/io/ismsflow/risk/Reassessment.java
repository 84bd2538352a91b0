package io.ismsflow.risk;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the risk owner decides in the "Reassess risk" task (8.2), as the form submits it: the scores, the treatment,
 * and their explicit approval of the treatment plan and acceptance of the residual risk (6.1.3 e, f).
 */
public record Reassessment(
        @NotNull @Min(1) @Max(5) Integer likelihood,
        @NotNull @Min(1) @Max(5) Integer impact,
        @NotNull Treatment treatment,
        @Size(max = 4000) String treatmentPlan,
        @NotNull @Min(1) @Max(5) Integer residualLikelihood,
        @NotNull @Min(1) @Max(5) Integer residualImpact,
        @Size(max = 4000) String notes,
        @NotNull(message = "must be given: the risk owner accepts the residual risk explicitly (6.1.3 f)")
        @AssertTrue(message = "must be given: the risk owner accepts the residual risk explicitly (6.1.3 f)") Boolean ownerAccepts) {
}
