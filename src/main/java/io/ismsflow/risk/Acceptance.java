package io.ismsflow.risk;

/** Where the residual risk stands against the appetite, and whether it was accepted above it (6.1.3 f). */
public enum Acceptance {
    WITHIN_APPETITE, ABOVE_APPETITE, ACCEPTED
}
