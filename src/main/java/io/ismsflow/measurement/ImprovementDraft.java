package io.ismsflow.measurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An opportunity for improvement as someone proposes it. */
public record ImprovementDraft(
        @NotNull ImprovementSource source,
        @Size(max = 120) String sourceReference,
        @NotBlank @Size(max = 4000) String description) {
}
