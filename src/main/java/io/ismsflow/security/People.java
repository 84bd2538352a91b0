package io.ismsflow.security;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a record may name as owner, assignee or delegate: those of {@code isms.users}, and, with OpenID
 * Connect, everyone who has signed in once (their name and e-mail from the ID token, kept fresh at each sign-in).
 * A name nobody signs in with (a typo such as {@code it-ops}) would send tasks to no one.
 */
@Service
public class People {

    private final IsmsUsers users;
    private final JdbcClient jdbc;
    private final Clock clock;

    People(IsmsUsers users, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isKnown(String username) {
        return username != null && (users.find(username).isPresent() || seen(username).isPresent());
    }

    /** The person's name for display, or the user name when the directory has none. */
    @Transactional(readOnly = true)
    public String displayName(String username) {
        return users.find(username).map(IsmsUsers.User::name)
                .or(() -> seen(username))
                .filter(name -> !name.isBlank())
                .orElse(username);
    }

    /** Everyone a record may name, by display name: for the pickers of owner fields. */
    @Transactional(readOnly = true)
    public List<Person> everyone() {
        Map<String, Person> people = new TreeMap<>();
        users.users().stream().filter(user -> !user.groups().equals(Set.of(Groups.METRICS)))
                .forEach(user -> people.put(user.username(), new Person(user.username(), displayName(user.username()))));
        jdbc.sql("select username, coalesce(name, username) from person").query((row, n) -> new Person(row.getString(1), row.getString(2)))
                .list().forEach(person -> people.putIfAbsent(person.username(), person));
        return people.values().stream().sorted(Comparator.comparing(Person::name)).toList();
    }

    public record Person(String username, String name) {
    }

    @EventListener
    @Transactional
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof OidcUser oidc && oidc.getPreferredUsername() != null) {
            int updated = jdbc.sql("update person set name = ?, email = ?, last_seen_at = ? where username = ?")
                    .params(oidc.getFullName(), oidc.getEmail(), clock.instant(), oidc.getPreferredUsername()).update();
            if (updated == 0) {
                jdbc.sql("insert into person (username, name, email, first_seen_at, last_seen_at) values (?, ?, ?, ?, ?)")
                        .params(oidc.getPreferredUsername(), oidc.getFullName(), oidc.getEmail(), clock.instant(), clock.instant()).update();
            }
        }
    }

    private Optional<String> seen(String username) {
        return jdbc.sql("select coalesce(name, username) from person where username = ?").param(username).query(String.class).optional();
    }
}
