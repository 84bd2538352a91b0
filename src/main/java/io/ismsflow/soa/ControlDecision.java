package io.ismsflow.soa;

import io.ismsflow.security.KnownPerson;
import io.ismsflow.web.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A person's decision on an SoA line: applicable or not and why, how far implemented, by whom, with what evidence. */
public record ControlDecision(
        @NotNull Boolean applicable,
        Set<@NotNull InclusionReason> inclusionReasons,
        @Size(max = 2000) String inclusionJustification,
        @Size(max = 2000) String exclusionJustification,
        @NotNull ImplementationStatus implementationStatus,
        @Size(max = 100) @KnownPerson String owner,
        List<@NotNull @Size(min = 1, max = 500) String> evidence,
        @PastOrPresent @PlausibleDate LocalDate lastVerifiedAt,
        @NotNull Long version) {

    public ControlDecision {
        inclusionReasons = inclusionReasons == null ? Set.of() : inclusionReasons;
        evidence = evidence == null ? List.of() : evidence;
    }

    /** 6.1.3 d: the SoA justifies every inclusion and every exclusion. Returns the fields at fault. */
    public Map<String, String> justificationProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (Boolean.TRUE.equals(applicable)) {
            if (inclusionReasons.isEmpty()) {
                problems.put("inclusionReasons", "an applicable control needs at least one reason for inclusion");
            }
        } else if (Boolean.FALSE.equals(applicable)) {
            if (exclusionJustification == null || exclusionJustification.isBlank()) {
                problems.put("exclusionJustification", "an excluded control needs a justification for its exclusion");
            }
            if (implementationStatus != ImplementationStatus.NOT_STARTED) {
                problems.put("implementationStatus", "an excluded control cannot be " + implementationStatus);
            }
        }
        return problems;
    }
}
