package io.ismsflow.context;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import org.springframework.data.repository.CrudRepository;

/** Retiring an entry of a context register: it stays on record, with the trail row; retiring twice changes nothing. */
final class RegisterRetirement {

    private RegisterRetirement() {
    }

    static <E extends RegisterEntry> E retire(E entry, CrudRepository<E, Long> repository, AuditTrail trail,
                                              String entityType, Actor actor) {
        var before = trail.snapshot(entry);
        if (!entry.retire()) {
            return entry;
        }
        E retired = repository.save(entry);
        trail.record(entityType, retired.getId(), "retired", before, retired, actor);
        return retired;
    }
}
