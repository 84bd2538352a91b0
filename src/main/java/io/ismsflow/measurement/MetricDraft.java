package io.ismsflow.measurement;

import io.ismsflow.security.KnownPerson;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A manual metric as an ISMS manager defines it (9.1 a–f): what, how, how often, who measures, who evaluates.
 *
 * @param evaluatedBy the group whose members evaluate a result off target
 */
public record MetricDraft(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 300) String measures,
        @NotBlank @Size(max = 1000) String method,
        @NotBlank @Size(max = 30) String unit,
        @NotNull Direction direction,
        @NotNull(message = "is required") @DecimalMin("0") BigDecimal target,
        @NotNull(message = "is required") @DecimalMin("0") BigDecimal warning,
        @NotNull Frequency frequency,
        @NotBlank @KnownPerson String measuredBy,
        @NotNull @Pattern(regexp = MetricDraft.GROUPS, message = "must be a group of ISMS Flow") String evaluatedBy) {

    /** The groups whose members may evaluate results. */
    static final String GROUPS = "isms-managers|top-management|risk-owners|auditors";
}
