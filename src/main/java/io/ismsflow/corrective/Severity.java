package io.ismsflow.corrective;

public enum Severity {
    MAJOR, MINOR
}
