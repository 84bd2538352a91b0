package io.ismsflow.corrective;

/** Where a nonconformity was found; the source's own id goes in {@code sourceReference}. */
public enum NonconformitySource {
    INTERNAL_AUDIT, MANAGEMENT_REVIEW, INCIDENT, RISK_REVIEW, MEASUREMENT, MANUAL
}
