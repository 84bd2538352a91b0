package io.ismsflow.measurement;

/** Where an opportunity for improvement came from (10.1). */
public enum ImprovementSource {
    INTERNAL_AUDIT, MANAGEMENT_REVIEW, MEASUREMENT, STAFF_SUGGESTION, INCIDENT
}
