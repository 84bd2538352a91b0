package io.ismsflow.security;

import java.util.Set;

/** The groups of ISMS Flow's users; the same names are the candidate groups of the BPMN user tasks. */
public final class Groups {

    public static final String ISMS_MANAGERS = "isms-managers";
    public static final String RISK_OWNERS = "risk-owners";
    public static final String AUDITORS = "auditors";
    public static final String TOP_MANAGEMENT = "top-management";
    public static final String VIEWERS = "viewers";
    /** Monitoring systems (Prometheus): they read /actuator/prometheus and nothing else. */
    public static final String METRICS = "metrics";

    /** Groups that take part in the ISMS processes; viewers only read. */
    public static final Set<String> CONTRIBUTORS = Set.of(ISMS_MANAGERS, RISK_OWNERS, AUDITORS, TOP_MANAGEMENT);

    static final String AUTHORITY_PREFIX = "GROUP_";

    private Groups() {
    }

    static String authority(String group) {
        return AUTHORITY_PREFIX + group;
    }
}
