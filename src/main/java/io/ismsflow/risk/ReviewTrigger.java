package io.ismsflow.risk;

/** Why a risk review started (8.2: at planned intervals, and when significant changes are proposed or occur). */
public enum ReviewTrigger {
    SCHEDULED, REQUEST, CHANGE, INCIDENT, NONCONFORMITY, AUDIT_FINDING, RESIDUAL_CHANGED
}
