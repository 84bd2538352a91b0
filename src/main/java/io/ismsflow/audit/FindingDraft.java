package io.ismsflow.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A finding as the auditor writes it during fieldwork. */
public record FindingDraft(
        @NotNull FindingType type,
        @NotBlank @Size(max = 20) String requirement,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 4000) String evidence) {
}
