package io.ismsflow.soa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A control of the organisation's own (6.1.3 b); its id must not look like an Annex A number. */
public record OwnControlDraft(
        @NotBlank @Pattern(regexp = "[A-Z]{2,6}-\\d{1,4}", message = "must look like ORG-1 (letters, dash, number)") String id,
        @NotBlank @Size(max = 300) String title,
        @NotNull Theme theme) {
}
