package io.ismsflow.escalation;

import io.ismsflow.security.Groups;
import io.ismsflow.security.IsmsUsers;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Turns the people a model names (user names and group names, comma-separated) into the users to notify. */
@Component
class Recipients {

    private final IsmsUsers users;
    private final EscalationPolicy policy;

    Recipients(IsmsUsers users, EscalationPolicy policy) {
        this.users = users;
        this.policy = policy;
    }

    Set<String> of(String namesOrGroups) {
        Set<String> people = new LinkedHashSet<>();
        if (namesOrGroups == null) {
            return people;
        }
        for (String name : Arrays.stream(namesOrGroups.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList()) {
            List<IsmsUsers.User> members = users.inGroup(name);
            if (members.isEmpty()) {
                people.add(name);
            } else {
                members.forEach(member -> people.add(member.username()));
            }
        }
        return people;
    }

    /** The manager of each candidate group ({@code isms.escalation.group-managers}), or the ISMS managers. */
    Set<String> managersOf(String groups) {
        Set<String> managers = new LinkedHashSet<>();
        for (String group : Arrays.stream(groups.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList()) {
            String manager = policy.groupManagers().get(group);
            managers.addAll(manager != null ? Set.of(manager) : of(Groups.ISMS_MANAGERS));
        }
        return managers;
    }

    Set<String> topManagement() {
        return of(Groups.TOP_MANAGEMENT);
    }
}
