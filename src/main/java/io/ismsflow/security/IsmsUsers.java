package io.ismsflow.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The people who use ISMS Flow, from configuration ({@code isms.users}): name, e-mail and groups, and a password
 * (in Spring Security's encoded form, e.g. {@code {bcrypt}$2a$10$...}) when they sign in with a form rather than
 * through an OpenID Connect provider. Also the directory that turns a group into the people to notify.
 */
@ConfigurationProperties("isms")
public record IsmsUsers(List<User> users) {

    public IsmsUsers {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String password, String name, String email, Set<String> groups) {

        public User {
            groups = groups == null ? Set.of() : Set.copyOf(groups);
        }
    }

    public Optional<User> find(String username) {
        return users.stream().filter(user -> user.username().equals(username)).findFirst();
    }

    public List<User> inGroup(String group) {
        return users.stream().filter(user -> user.groups().contains(group)).toList();
    }
}
