package io.ismsflow.soa;

/** Annex A, or a control the organisation designed or took from another source (6.1.3 b). */
public enum ControlSource {
    ANNEX_A, ORGANISATION
}
