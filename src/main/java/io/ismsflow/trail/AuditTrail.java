package io.ismsflow.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.shared.Keyset;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to record a change to an ISMS record. It joins the caller's transaction (and refuses to
 * run without one), so a change and its trail row are written together or not at all.
 */
@Service
public class AuditTrail {

    private final TrailEntryRepository entries;
    private final ObjectProvider<TaskCompleters> completers;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(TrailEntryRepository entries, ObjectProvider<TaskCompleters> completers, ObjectMapper json, Clock clock) {
        this.entries = entries;
        this.completers = completers;
        this.json = json;
        this.clock = clock;
    }

    /** The state of a record before a change, taken before the change mutates it. */
    public Snapshot snapshot(Object state) {
        return new Snapshot(toJson(state));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Object entityId, String action, Snapshot before, Object after, Actor actor) {
        entries.save(new TrailEntry(null, entityType, String.valueOf(entityId), action,
                before == null ? null : before.json(), toJson(after),
                attributed(actor), actor.jobType(), actor.jobKey(), actor.processInstanceKey(), actor.elementId(),
                clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> find(String entityType, String entityId) {
        if (entityType == null) {
            return entries.findAllByOrderById();
        }
        return entityId == null
                ? entries.findByEntityTypeOrderById(entityType)
                : entries.findByEntityTypeAndEntityIdOrderById(entityType, entityId);
    }

    /** Every entry of the period [from, to), oldest first, a page at a time. */
    @Transactional(readOnly = true)
    public void forEachBetween(Instant from, Instant to, Consumer<TrailEntry> each) {
        Keyset.forEachRow(after -> entries.findTop1000ByOccurredAtGreaterThanEqualAndOccurredAtLessThanAndIdGreaterThanOrderById(from, to, after),
                1000, TrailEntry::id, each);
    }

    /** The entries of the period [from, to) about records of the given types, oldest first, a page at a time. */
    @Transactional(readOnly = true)
    public void forEachPageBetween(Collection<String> entityTypes, Instant from, Instant to, Consumer<List<TrailEntry>> each) {
        Keyset.forEach(after -> entries.findTop1000ByEntityTypeInAndOccurredAtGreaterThanEqualAndOccurredAtLessThanAndIdGreaterThanOrderById(
                entityTypes, from, to, after), 1000, TrailEntry::id, each);
    }

    @Transactional(readOnly = true)
    public long countBetween(Instant from, Instant to) {
        return entries.countByOccurredAtGreaterThanEqualAndOccurredAtLessThan(from, to);
    }

    /**
     * The records' states as they were just before the instant, by id, from each one's newest snapshot then: an entry
     * whose after state has the given field (entries under a record may hold a related row instead, e.g. a risk's
     * treatment action). A record without one then (not yet created) is left out.
     *
     * @param identifyingField a field every snapshot of the record has, e.g. {@code code}
     */
    @Transactional(readOnly = true)
    public Map<String, String> statesBefore(String entityType, Collection<String> entityIds, Instant at, String identifyingField) {
        Map<String, String> states = new HashMap<>();
        entries.latestBefore(entityType, entityIds, at, "$." + identifyingField).forEach(entry -> states.put(entry.entityId(), entry.afterState()));
        return states;
    }

    public record Snapshot(String json) {
    }

    /** The person behind a worker's change: who completed the task before it, also when that was done in Tasklist. */
    private String attributed(Actor actor) {
        if (!Actor.UNATTRIBUTED.equals(actor.person()) || actor.processInstanceKey() == null) {
            return actor.person();
        }
        TaskCompleters known = completers.getIfAvailable();
        return known == null ? actor.person() : known.lastCompleterIn(actor.processInstanceKey()).orElse(actor.person());
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + state.getClass().getSimpleName() + " to the audit trail", e);
        }
    }
}
