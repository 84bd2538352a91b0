package io.ismsflow.tasks;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A person's delegate for a period: while it lasts, the delegate may work on the tasks assigned to that person. */
public class Delegation {

    @Id
    private Long id;
    private String delegator;
    private String delegate;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Instant createdAt;
    private Instant revokedAt;
    @Version
    private Long version;

    @PersistenceCreator
    Delegation() {
    }

    static Delegation of(String delegator, String delegate, LocalDate startsOn, LocalDate endsOn, Instant now) {
        Delegation delegation = new Delegation();
        delegation.delegator = delegator;
        delegation.delegate = delegate;
        delegation.startsOn = startsOn;
        delegation.endsOn = endsOn;
        delegation.createdAt = now;
        return delegation;
    }

    boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    public boolean isActiveOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long getId() { return id; }
    public String getDelegator() { return delegator; }
    public String getDelegate() { return delegate; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public Long getVersion() { return version; }
}
