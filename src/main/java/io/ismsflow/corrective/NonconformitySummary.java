package io.ismsflow.corrective;

import java.time.Instant;

/** A nonconformity's register line, read flat (without its analyses, plans and reviews): what exports list. */
public record NonconformitySummary(long id, String code, String reference, String title, NonconformitySource source, String sourceReference,
                                   Severity severity, String owner, NonconformityState state, String raisedBy, Instant raisedAt,
                                   Instant closedAt) {
}
