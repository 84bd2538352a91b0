package io.ismsflow.measurement;

public enum ImprovementStatus {
    PROPOSED, ADOPTED, DEFERRED, REJECTED, DONE
}
