package io.ismsflow.risk;

import io.ismsflow.security.KnownPerson;
import io.ismsflow.web.PlausibleDate;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.time.LocalDate;

/**
 * A risk as a person identifies or edits it (6.1.2 c, d). The matrix derives levels and acceptance. Without a
 * next review date, the review interval of the residual level sets it; with one (a register taken over with its
 * schedule, a review brought forward) that date holds.
 */
public record RiskDraft(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 200) String asset,
        @NotBlank @Size(max = 1000) String threat,
        @NotBlank @Size(max = 1000) String vulnerability,
        boolean confidentiality,
        boolean integrity,
        boolean availability,
        @NotBlank @Size(max = 100) @KnownPerson String owner,
        @NotNull @Min(1) @Max(5) Integer likelihood,
        @NotNull @Min(1) @Max(5) Integer impact,
        @NotNull Treatment treatment,
        @Size(max = 4000) String treatmentPlan,
        @NotNull @Min(1) @Max(5) Integer residualLikelihood,
        @NotNull @Min(1) @Max(5) Integer residualImpact,
        @PlausibleDate LocalDate nextReviewDue,
        @NotNull(groups = OnUpdate.class) Long version) {

    /** Validation group of a change to an existing risk: the client must say which version it changes. */
    public interface OnUpdate extends Default {
    }

    @AssertTrue(message = "a risk must affect confidentiality, integrity or availability")
    boolean isCiaImpact() {
        return confidentiality || integrity || availability;
    }
}
