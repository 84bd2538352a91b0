package io.ismsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Who a record may name: the configured users, and people who signed in through OpenID Connect once. */
@IntegrationTest
class PeopleTest {

    @Autowired People people;
    @Autowired ApplicationEventPublisher events;

    @Test
    void configuredUsersAreKnownWithTheirNames() {
        assertThat(people.isKnown("risk-owner")).isTrue();
        assertThat(people.displayName("risk-owner")).isEqualTo("Rafael Owner");
        assertThat(people.isKnown("it-ops")).isFalse();
        assertThat(people.displayName("it-ops")).isEqualTo("it-ops");
    }

    @Test
    void aPersonWhoSignedInThroughOpenIdConnectIsKnownFromThenOn() {
        assertThat(people.isKnown("oidc.person")).isFalse();

        signIn("oidc.person", "Olivia Idp");
        signIn("oidc.person", "Olivia Idp-Renamed");

        assertThat(people.isKnown("oidc.person")).isTrue();
        assertThat(people.displayName("oidc.person")).isEqualTo("Olivia Idp-Renamed");
    }

    private void signIn(String username, String name) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", username, "preferred_username", username, "name", name, "email", username + "@example.org"));
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), token, "preferred_username");
        events.publishEvent(new AuthenticationSuccessEvent(new TestingAuthenticationToken(user, null, "OIDC_USER")));
    }
}
