package io.ismsflow.security;

import org.springframework.stereotype.Service;

/**
 * The people a record may name as owner, auditor or assignee: those of {@code isms.users}. A name nobody signs in
 * with (a typo such as {@code it-ops}) would send tasks to no one.
 */
@Service
public class People {

    private final IsmsUsers users;

    People(IsmsUsers users) {
        this.users = users;
    }

    public boolean isKnown(String username) {
        return username != null && users.find(username).isPresent();
    }

    /** The person's name for display, or the user name when the directory has none. */
    public String displayName(String username) {
        return users.find(username).map(IsmsUsers.User::name).filter(name -> name != null && !name.isBlank()).orElse(username);
    }
}
