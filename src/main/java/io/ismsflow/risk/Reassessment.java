package io.ismsflow.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the risk owner decides in the "Reassess risk" task (8.2), as the form submits it. */
public record Reassessment(
        @NotNull @Min(1) @Max(5) Integer likelihood,
        @NotNull @Min(1) @Max(5) Integer impact,
        @NotNull Treatment treatment,
        @Size(max = 4000) String treatmentPlan,
        @NotNull @Min(1) @Max(5) Integer residualLikelihood,
        @NotNull @Min(1) @Max(5) Integer residualImpact,
        @Size(max = 4000) String notes) {
}
