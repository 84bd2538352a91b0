package io.ismsflow.soa;

public enum ImplementationStatus {
    NOT_STARTED, PLANNED, PARTIAL, IMPLEMENTED
}
