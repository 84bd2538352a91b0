package io.ismsflow.risk;

/** Who may accept a residual risk of a level (6.1.3 f): the risk owner always, and above that whom the criteria name. */
public enum AcceptanceAuthority {
    RISK_OWNER, ISMS_MANAGER, TOP_MANAGEMENT
}
