package io.ismsflow.trail;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: the trail has no update or delete. */
interface TrailEntryRepository extends Repository<TrailEntry, Long> {

    TrailEntry save(TrailEntry entry);

    List<TrailEntry> findByEntityTypeAndEntityIdOrderById(String entityType, String entityId);

    List<TrailEntry> findByEntityTypeOrderById(String entityType);

    List<TrailEntry> findAllByOrderById();
}
