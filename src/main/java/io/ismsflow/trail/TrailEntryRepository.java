package io.ismsflow.trail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: the trail has no update or delete. */
interface TrailEntryRepository extends Repository<TrailEntry, Long> {

    TrailEntry save(TrailEntry entry);

    List<TrailEntry> findByEntityTypeAndEntityIdOrderById(String entityType, String entityId);

    List<TrailEntry> findByEntityTypeOrderById(String entityType);

    List<TrailEntry> findAllByOrderById();

    List<TrailEntry> findTop1000ByOccurredAtGreaterThanEqualAndOccurredAtLessThanAndIdGreaterThanOrderById(Instant from, Instant to, long after);

    long countByOccurredAtGreaterThanEqualAndOccurredAtLessThan(Instant from, Instant to);

    List<TrailEntry> findTop1000ByEntityTypeInAndOccurredAtGreaterThanEqualAndOccurredAtLessThanAndIdGreaterThanOrderById(
            Collection<String> entityTypes, Instant from, Instant to, long after);

    /**
     * Each record's newest entry before the instant whose after state holds the field (a record's snapshot, not a
     * related row recorded under it): its state then.
     */
    @Query("""
            select t.* from audit_trail t join (select max(id) id from audit_trail
              where entity_type = :entityType and entity_id in (:entityIds) and occurred_at < :at
                and json_value(after_state, :field) is not null group by entity_id) latest on latest.id = t.id""")
    List<TrailEntry> latestBefore(String entityType, Collection<String> entityIds, Instant at, String field);
}
