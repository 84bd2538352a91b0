package io.ismsflow.soa;

/** The four themes of ISO/IEC 27001:2022 Annex A. */
public enum Theme {
    ORGANIZATIONAL, PEOPLE, PHYSICAL, TECHNOLOGICAL
}
