package io.ismsflow.support;

import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import java.util.Map;
import java.util.Set;

/** The demo users of {@code demo-users.yml}, as the task list sees them. */
public final class TestUsers {

    private static final Map<String, String> GROUP = Map.of(
            "isms-manager", Groups.ISMS_MANAGERS,
            "isms-deputy", Groups.ISMS_MANAGERS,
            "risk-owner", Groups.RISK_OWNERS,
            "it-operations", Groups.RISK_OWNERS,
            "auditor", Groups.AUDITORS,
            "auditor-2", Groups.AUDITORS,
            "top-manager", Groups.TOP_MANAGEMENT,
            "board-member", Groups.TOP_MANAGEMENT,
            "viewer", Groups.VIEWERS);

    private TestUsers() {
    }

    public static CurrentUser as(String username) {
        return new CurrentUser(username, Set.of(GROUP.get(username)));
    }
}
