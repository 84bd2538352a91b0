package io.ismsflow.tasks;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.RefusedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegations (one model for the whole app): a person names a delegate for a period, and may revoke it. While it
 * lasts, the delegate may claim and complete the tasks assigned to that person; what the delegate does is still
 * recorded as theirs, so four-eyes rules hold for the person who acts.
 */
@Service
@Transactional
public class Delegations {

    static final String ENTITY = "delegation";

    private final DelegationRepository delegations;
    private final AuditTrail trail;
    private final Clock clock;

    Delegations(DelegationRepository delegations, AuditTrail trail, Clock clock) {
        this.delegations = delegations;
        this.trail = trail;
        this.clock = clock;
    }

    public Delegation name(String delegator, DelegationRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.delegate().equals(delegator)) {
            problems.put("delegate", "name someone other than yourself");
        }
        if (request.endsOn().isBefore(request.startsOn())) {
            problems.put("endsOn", "must not be before the first day");
        } else if (request.endsOn().isBefore(LocalDate.now(clock))) {
            problems.put("endsOn", "must not be in the past");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Delegation delegation = delegations.save(Delegation.of(delegator, request.delegate(), request.startsOn(), request.endsOn(),
                clock.instant()));
        trail.record(ENTITY, delegation.getId(), "named", null, delegation, Actor.person(delegator));
        return delegation;
    }

    /** Only the person who named the delegate revokes it; revoking twice changes nothing. */
    public Delegation revoke(long id, String person) {
        Delegation delegation = delegations.findById(id).orElseThrow(() -> new NoSuchElementException("Delegation " + id + " does not exist"));
        if (!delegation.getDelegator().equals(person)) {
            throw new RefusedException("Only " + delegation.getDelegator() + ", who named this delegate, can revoke it");
        }
        var before = trail.snapshot(delegation);
        if (delegation.revoke(clock.instant())) {
            delegation = delegations.save(delegation);
            trail.record(ENTITY, delegation.getId(), "revoked", before, delegation, Actor.person(person));
        }
        return delegation;
    }

    @Transactional(readOnly = true)
    public List<Delegation> involving(String person) {
        return delegations.findInvolving(person);
    }

    /** The people the given person stands in for today. */
    @Transactional(readOnly = true)
    public Set<String> standingInFor(String person) {
        return delegations.findActiveFor(person, LocalDate.now(clock)).stream().map(Delegation::getDelegator).collect(Collectors.toSet());
    }
}
