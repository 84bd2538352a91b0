package io.ismsflow.trail;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One append-only row of the audit trail: what changed, from what to what, by whom and through which process. */
@Table("audit_trail")
public record TrailEntry(
        @Id Long id,
        String entityType,
        String entityId,
        String action,
        String beforeState,
        String afterState,
        String actor,
        String jobType,
        Long jobKey,
        Long processInstanceKey,
        String elementId,
        Instant occurredAt) {
}
