package io.ismsflow.measurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an ISMS manager decides on an opportunity: adopt, defer or reject it with the reason, or mark an adopted one
 * done; optionally the corrective action, change or objective it led to.
 */
public record ImprovementDecision(
        @NotNull ImprovementStatus decision,
        @NotBlank @Size(max = 2000) String reason,
        @Size(max = 120) String linkedReference,
        @NotNull Long version) {
}
