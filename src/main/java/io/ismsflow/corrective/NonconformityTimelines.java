package io.ismsflow.corrective;

import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timelines of all nonconformities over a period in one pass over the audit trail, a page at a time, each entry
 * with its nonconformity's reference: what an evidence pack holds, without a query per nonconformity.
 */
@Service
@Transactional(readOnly = true)
public class NonconformityTimelines {

    private final AuditTrail trail;
    private final CorrectiveActionRepository actions;
    private final JdbcClient jdbc;

    NonconformityTimelines(AuditTrail trail, CorrectiveActionRepository actions, JdbcClient jdbc) {
        this.trail = trail;
        this.actions = actions;
        this.jdbc = jdbc;
    }

    /** Every step of every nonconformity and its corrective actions recorded in [from, to), in the order recorded. */
    public void forEachBetween(Instant from, Instant to, BiConsumer<String, TimelineEntry> each) {
        trail.forEachPageBetween(List.of(Nonconformities.ENTITY, Nonconformities.ACTION_ENTITY), from, to, page -> {
            Map<Long, CorrectiveAction> actionsById = actions.findAllById(ids(page, Nonconformities.ACTION_ENTITY)).stream()
                    .collect(Collectors.toMap(CorrectiveAction::getId, Function.identity()));
            Set<Long> nonconformityIds = ids(page, Nonconformities.ENTITY);
            actionsById.values().forEach(action -> nonconformityIds.add(action.getNonconformityId()));
            Map<Long, String> references = references(nonconformityIds);
            for (TrailEntry entry : page) {
                long id = Long.parseLong(entry.entityId());
                if (Nonconformities.ENTITY.equals(entry.entityType())) {
                    each.accept(references.get(id), TimelineEntry.of(entry, null));
                } else if (actionsById.containsKey(id)) {
                    CorrectiveAction action = actionsById.get(id);
                    each.accept(references.get(action.getNonconformityId()), TimelineEntry.of(entry, action.getTitle()));
                }
            }
        });
    }

    private static Set<Long> ids(List<TrailEntry> page, String entityType) {
        return page.stream().filter(entry -> entityType.equals(entry.entityType())).map(entry -> Long.parseLong(entry.entityId()))
                .collect(Collectors.toSet());
    }

    private Map<Long, String> references(Set<Long> ids) {
        Map<Long, String> references = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, reference from nonconformity where id in (:ids)").param("ids", ids)
                    .query((row, n) -> references.put(row.getLong(1), row.getString(2))).list();
        }
        return references;
    }
}
