package io.ismsflow.context;

import io.ismsflow.security.KnownPerson;
import io.ismsflow.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The organisation's dated decision whether climate change is a relevant issue for its ISMS (4.1 as amended in
 * 2024), and why. Each management review confirms it again with a new one; the latest holds.
 */
@Table("climate_decision")
public record ClimateDecision(@Id Long id, boolean relevant, String rationale, String decidedBy, LocalDate decidedOn, Instant recordedAt) {

    /** The decision as a person records it. */
    public record Draft(@NotNull Boolean relevant, @NotBlank @Size(max = 4000) String rationale,
                        @NotBlank @Size(max = 100) @KnownPerson String decidedBy, @NotNull @PlausibleDate LocalDate decidedOn) {
    }
}
