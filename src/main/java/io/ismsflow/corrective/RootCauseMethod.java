package io.ismsflow.corrective;

public enum RootCauseMethod {
    FIVE_WHYS, FISHBONE, OTHER
}
