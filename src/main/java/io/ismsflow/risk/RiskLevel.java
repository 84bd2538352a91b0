package io.ismsflow.risk;

public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL;

    boolean isAbove(RiskLevel other) {
        return compareTo(other) > 0;
    }
}
