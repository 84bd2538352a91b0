package io.ismsflow.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the "Plan audit" form submits: criteria as one comma-separated line ("9.2, A.5.15, POL-001"), methods and
 * people as lists.
 */
public record PlanSubmission(long auditId, String leadAuditor, List<String> auditTeam, List<String> auditees, String planScope,
                             String planCriteria, List<String> auditMethods, Integer sampleSize, LocalDate plannedStart, LocalDate plannedEnd,
                             String completedBy) {

    AuditPlan plan() {
        List<String> criteria = planCriteria == null ? List.of()
                : Arrays.stream(planCriteria.split("[,;\\s]+")).map(String::strip).filter(criterion -> !criterion.isEmpty()).toList();
        return new AuditPlan(leadAuditor, auditTeam == null ? List.of() : auditTeam, auditees == null ? List.of() : auditees, planScope, criteria,
                auditMethods == null ? null : auditMethods.stream().map(AuditMethod::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)),
                sampleSize, plannedStart, plannedEnd);
    }
}
