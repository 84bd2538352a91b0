package io.ismsflow.audit;

import io.ismsflow.security.KnownPerson;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An auditable area as the ISMS manager keeps it.
 *
 * @param owner the auditee owner (a person who uses ISMS Flow), or none yet
 * @param requirements clauses ("9.2") and Annex A controls ("A.5.15") it covers
 */
public record AreaDraft(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 1000) String description,
        @KnownPerson String owner,
        @Min(1) @Max(5) int importance,
        @NotEmpty List<@NotBlank String> requirements,
        boolean retired) {
}
