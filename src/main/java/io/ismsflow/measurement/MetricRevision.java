package io.ismsflow.measurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A changed definition of a manual metric: the whole definition as it is to be, why it changed, and the version it was
 * changed from (a change made meanwhile is refused).
 */
public record MetricRevision(
        @NotNull @Valid MetricDraft definition,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull Long version) {
}
