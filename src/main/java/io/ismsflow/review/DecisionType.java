package io.ismsflow.review;

/** What a management review decides (9.3.3). */
public enum DecisionType {
    CONTINUAL_IMPROVEMENT, CHANGE_TO_THE_ISMS, RESOURCE_NEED, RISK_ACCEPTANCE, OBJECTIVE_CHANGE
}
