package io.ismsflow.measurement;

import io.ismsflow.security.KnownPerson;
import io.ismsflow.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An information security objective as top management or an ISMS manager sets it (6.2).
 *
 * @param metrics the metrics whose results tell whether it is met (its measurable target)
 * @param plan what will be done, by whom and when (6.2 f, g, j)
 */
public record ObjectiveDraft(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        @NotEmpty(message = "name at least one metric: an objective is measurable") @Size(max = 20) List<@NotNull Long> metrics,
        @NotBlank @Size(max = 2000) String plan,
        @Size(max = 1000) String resources,
        @NotBlank @KnownPerson String owner,
        @NotNull @PlausibleDate LocalDate dueOn) {
}
