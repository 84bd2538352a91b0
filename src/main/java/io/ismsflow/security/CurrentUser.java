package io.ismsflow.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;

/** The signed-in user and their groups, as the ISMS rules need them (who may claim, complete, verify). */
public record CurrentUser(String name, Set<String> groups) {

    public static CurrentUser of(Authentication authentication) {
        return new CurrentUser(authentication.getName(), authentication.getAuthorities().stream()
                .map(authority -> authority.getAuthority())
                .filter(authority -> authority.startsWith(Groups.AUTHORITY_PREFIX))
                .map(authority -> authority.substring(Groups.AUTHORITY_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isContributor() {
        return groups.stream().anyMatch(Groups.CONTRIBUTORS::contains);
    }
}
