package io.ismsflow.audit;

import jakarta.validation.constraints.Size;

/** What an auditor records for a checklist row during fieldwork; evidence files go to the evidence store beside it. */
public record ChecklistEntry(
        ChecklistResult result,
        @Size(max = 4000) String evidenceSeen,
        @Size(max = 500) String sample,
        @Size(max = 4000) String notes,
        @Size(max = 1000) String notAuditedReason) {
}
