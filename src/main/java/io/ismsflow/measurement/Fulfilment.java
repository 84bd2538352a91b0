package io.ismsflow.measurement;

import java.time.LocalDate;
import java.util.Collection;

/** How an objective stands (6.2), from the latest results of its metrics. */
public enum Fulfilment {
    ON_TRACK, AT_RISK, ACHIEVED, MISSED,
    /** None of its metrics has a result yet. */
    NOT_MEASURED;

    /**
     * All on target: achieved once due, on track before. Any off target: missed once due, at risk before. A warning
     * is a risk until the due date, and a miss after it.
     */
    static Fulfilment of(Collection<Evaluation> latest, LocalDate due, LocalDate day) {
        if (latest.isEmpty()) {
            return NOT_MEASURED;
        }
        boolean allOnTarget = latest.stream().allMatch(evaluation -> evaluation == Evaluation.ON_TARGET);
        boolean over = day.isAfter(due);
        if (allOnTarget) {
            return over ? ACHIEVED : ON_TRACK;
        }
        return over ? MISSED : AT_RISK;
    }
}
