package io.ismsflow.corrective;

/**
 * What a root-cause analysis found (10.2 b): how, the causes, and whether a similar nonconformity exists or could
 * occur elsewhere (b3), with the places named.
 */
public record RootCause(RootCauseMethod method, String causes, boolean couldOccurElsewhere, String elsewhere) {
}
