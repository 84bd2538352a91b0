package io.ismsflow.measurement;

import java.math.BigDecimal;

/** A result against the metric's target and warning thresholds (9.1 e: evaluated, not only collected). */
public enum Evaluation {
    ON_TARGET, WARNING, OFF_TARGET;

    static Evaluation of(BigDecimal value, Direction direction, BigDecimal target, BigDecimal warning) {
        int toTarget = value.compareTo(target);
        int toWarning = value.compareTo(warning);
        if (direction == Direction.HIGHER_IS_BETTER) {
            return toTarget >= 0 ? ON_TARGET : toWarning >= 0 ? WARNING : OFF_TARGET;
        }
        return toTarget <= 0 ? ON_TARGET : toWarning <= 0 ? WARNING : OFF_TARGET;
    }
}
