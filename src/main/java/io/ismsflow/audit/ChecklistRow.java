package io.ismsflow.audit;

import org.springframework.data.relational.core.mapping.Table;

/** One requirement in the audit's scope and what the auditor found for it. */
@Table("audit_checklist_row")
public record ChecklistRow(String requirement, String title, ChecklistResult result, String evidenceSeen, String sample, String notes,
                           String notAuditedReason) {

    static ChecklistRow of(String requirement, String title) {
        return new ChecklistRow(requirement, title, null, null, null, null, null);
    }

    ChecklistRow recorded(ChecklistEntry entry) {
        return new ChecklistRow(requirement, title, entry.result(), entry.evidenceSeen(), entry.sample(), entry.notes(), entry.notAuditedReason());
    }
}
