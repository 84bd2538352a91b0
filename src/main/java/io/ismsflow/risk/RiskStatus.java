package io.ismsflow.risk;

public enum RiskStatus {
    OPEN, UNDER_REVIEW, CLOSED
}
