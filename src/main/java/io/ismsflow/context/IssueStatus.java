package io.ismsflow.context;

public enum IssueStatus {
    ACTIVE, RETIRED
}
