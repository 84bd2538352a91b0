package io.ismsflow.risk;

/** Risk treatment options (6.1.3 a). */
public enum Treatment {
    MODIFY, RETAIN, AVOID, SHARE
}
