package io.ismsflow.measurement;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The organisation's own target and warning for a metric and who evaluates its results (9.1 e): for a built-in metric
 * the only part that is not the release's definition.
 */
public record MetricThresholds(
        @NotNull(message = "is required") @DecimalMin("0") BigDecimal target,
        @NotNull(message = "is required") @DecimalMin("0") BigDecimal warning,
        @NotNull @Pattern(regexp = MetricDraft.GROUPS, message = "must be a group of ISMS Flow") String evaluatedBy,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull Long version) {
}
