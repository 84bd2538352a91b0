package io.ismsflow.corrective;

import io.ismsflow.trail.TrailEntry;
import java.time.Instant;
import java.util.Comparator;

/** One step in the life of a nonconformity, from the audit trail: what happened, to what, who, when, through which process. */
public record TimelineEntry(long entry, Instant at, String step, String action, String by, String via, Long processInstanceKey) {

    /** In the order the trail recorded them: its ids grow with each row, where timestamps may tie. */
    static final Comparator<TimelineEntry> ORDER = Comparator.comparingLong(TimelineEntry::entry);

    static TimelineEntry of(TrailEntry entry, String actionTitle) {
        String step = actionTitle == null ? entry.action() : entry.action() + ": " + actionTitle;
        String via = entry.jobType() == null ? null : entry.jobType() + " (" + entry.elementId() + ")";
        return new TimelineEntry(entry.id(), entry.occurredAt(), step, actionTitle, entry.actor(), via, entry.processInstanceKey());
    }
}
