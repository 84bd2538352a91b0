package io.ismsflow.risk;

import io.ismsflow.web.PlausibleDate;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A change as a person records it (8.2).
 *
 * @param kind a change, or an incident, nonconformity or audit finding that changes risks
 * @param risks the risks it affects, whose reviews start
 */
public record ChangeDraft(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull ReviewTrigger kind,
        @Size(max = 60) String sourceReference,
        @NotNull @PlausibleDate LocalDate takesEffectOn,
        @Size(max = 1000) String affectedAssets,
        @NotEmpty(message = "name at least one affected risk") @Size(max = 100) List<@NotNull Long> risks,
        @Size(max = 100) List<@NotBlank @Pattern(regexp = "[A-Za-z0-9.-]{1,16}", message = "is not a control id") String> controls) {

    public ChangeDraft {
        controls = controls == null ? List.of() : List.copyOf(controls);
        risks = risks == null ? null : risks.stream().distinct().toList();
    }

    @AssertTrue(message = "must be a change, an incident, a nonconformity or an audit finding")
    boolean isKindOfChange() {
        return kind == null || kind == ReviewTrigger.CHANGE || kind == ReviewTrigger.INCIDENT || kind == ReviewTrigger.NONCONFORMITY
                || kind == ReviewTrigger.AUDIT_FINDING;
    }
}
