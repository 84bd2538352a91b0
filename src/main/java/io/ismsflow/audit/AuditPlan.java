package io.ismsflow.audit;

import io.ismsflow.security.KnownPerson;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The lead auditor's plan of an audit (9.2.2 b): scope, criteria, method, team, auditees and dates.
 *
 * @param criteria clauses ("9.2"), Annex A controls ("A.5.15") and the organisation's documents ("POL-001")
 * @param sampleSize how many items are sampled, when the method includes sampling
 */
public record AuditPlan(
        @NotBlank @KnownPerson String leadAuditor,
        @NotNull List<@KnownPerson String> team,
        @NotNull List<@KnownPerson String> auditees,
        @NotBlank @Size(max = 2000) String scope,
        @NotEmpty List<@NotBlank String> criteria,
        @NotEmpty Set<AuditMethod> methods,
        @Min(1) Integer sampleSize,
        @NotNull LocalDate plannedStart,
        @NotNull LocalDate plannedEnd) {

    @AssertTrue(message = "is required when the method includes sampling")
    boolean isSampleSize() {
        return methods == null || !methods.contains(AuditMethod.SAMPLING) || sampleSize != null;
    }

    @AssertTrue(message = "is before the planned start")
    boolean isPlannedEnd() {
        return plannedStart == null || plannedEnd == null || !plannedEnd.isBefore(plannedStart);
    }
}
