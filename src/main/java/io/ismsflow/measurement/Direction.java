package io.ismsflow.measurement;

/** Which way a metric gets better. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
