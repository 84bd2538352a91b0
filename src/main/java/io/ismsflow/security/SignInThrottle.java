package io.ismsflow.security;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing: after {@code isms.security.sign-in.max-failures-per-user} wrong passwords for one user
 * name, or {@code max-failures-per-address} from one client address, within the lockout period, that user name or
 * address may not sign in (not even with the right password) until the period has passed since the last failure.
 * Form login and HTTP Basic count alike; each lockout is recorded in the audit trail. The counts live in this app
 * instance: with N instances behind a balancer, a guesser gets at most N times as many tries.
 */
@Component
class SignInThrottle {

    static final String ACTOR = "isms-flow (sign-in throttle)";

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration lockout;
    private final AuditTrail trail;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SignInThrottle(@Value("${isms.security.sign-in.max-failures-per-user}") int maxPerUser,
                   @Value("${isms.security.sign-in.max-failures-per-address}") int maxPerAddress,
                   @Value("${isms.security.sign-in.lockout}") Duration lockout,
                   AuditTrail trail, TransactionTemplate transaction, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.lockout = lockout;
        this.trail = trail;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** How long the user name or the address must still wait, if either is locked out. */
    Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration user = remaining(byUser.get(key(username)), maxPerUser, now);
        Duration client = remaining(byAddress.get(address), maxPerAddress, now);
        Duration longer = user.compareTo(client) >= 0 ? user : client;
        return longer.isPositive() ? Optional.of(longer) : Optional.empty();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = addressOf(event.getAuthentication());
        Instant now = clock.instant();
        Failures user = byUser.compute(key(username), (name, failures) -> counted(failures, now));
        if (address != null) {
            byAddress.compute(address, (name, failures) -> counted(failures, now));
        }
        if (user.count() == maxPerUser) {
            transaction.executeWithoutResult(status -> trail.record("user", username, "locked-out", null,
                    Map.of("failures", user.count(), "lockedUntil", now.plus(lockout).toString(), "address", String.valueOf(address)),
                    Actor.person(ACTOR)));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        byUser.remove(key(event.getAuthentication().getName()));
    }

    private Failures counted(Failures earlier, Instant now) {
        boolean expired = earlier == null || earlier.last().plus(lockout).isBefore(now);
        return new Failures(expired ? 1 : earlier.count() + 1, now);
    }

    private Duration remaining(Failures failures, int max, Instant now) {
        if (failures == null || failures.count() < max) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.last().plus(lockout));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
