package io.ismsflow.corrective;

import io.ismsflow.shared.Keyset;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nonconformities as exports read them, a page at a time and flat: the register's lines, those open during a
 * period, and every timeline entry of a period in one pass over the audit trail, each with its nonconformity's
 * code — no query per nonconformity, so a year of a large register reads in seconds.
 */
@Service
@Transactional(readOnly = true)
public class NonconformityHistory {

    private static final int PAGE = 500;
    private static final String SUMMARY = """
            select id, code, reference, title, source, source_reference, severity, owner, state, raised_by, raised_at, closed_at
            from nonconformity""";

    private final AuditTrail trail;
    private final CorrectiveActionRepository actions;
    private final JdbcClient jdbc;

    NonconformityHistory(AuditTrail trail, CorrectiveActionRepository actions, JdbcClient jdbc) {
        this.trail = trail;
        this.actions = actions;
        this.jdbc = jdbc;
    }

    /** The whole register, oldest first. */
    public List<NonconformitySummary> register() {
        return jdbc.sql(SUMMARY + " order by id").query(NonconformityHistory::summary).list();
    }

    /** Each nonconformity open at some time in [from, to): raised before its end and not closed before its start. */
    public void forEachOpenDuring(Instant from, Instant to, Consumer<NonconformitySummary> each) {
        Keyset.forEachRow(after -> jdbc.sql(SUMMARY + " where raised_at < :to and (closed_at is null or closed_at >= :from) and id > :after"
                                + " order by id limit :page")
                        .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("after", after).param("page", PAGE)
                        .query(NonconformityHistory::summary).list(),
                PAGE, NonconformitySummary::id, each);
    }

    /**
     * Every step of every nonconformity and its corrective actions recorded in [from, to), in the order recorded, with
     * the nonconformity's code.
     */
    public void forEachTimelineEntryBetween(Instant from, Instant to, BiConsumer<String, TimelineEntry> each) {
        trail.forEachPageBetween(List.of(Nonconformities.ENTITY, Nonconformities.ACTION_ENTITY), from, to, page -> {
            Map<Long, CorrectiveAction> actionsById = actions.findAllById(ids(page, Nonconformities.ACTION_ENTITY)).stream()
                    .collect(Collectors.toMap(CorrectiveAction::getId, Function.identity()));
            Set<Long> nonconformityIds = ids(page, Nonconformities.ENTITY);
            actionsById.values().forEach(action -> nonconformityIds.add(action.getNonconformityId()));
            Map<Long, String> codes = codes(nonconformityIds);
            for (TrailEntry entry : page) {
                long id = Long.parseLong(entry.entityId());
                if (Nonconformities.ENTITY.equals(entry.entityType())) {
                    each.accept(codes.get(id), TimelineEntry.of(entry, null));
                } else if (actionsById.containsKey(id)) {
                    CorrectiveAction action = actionsById.get(id);
                    each.accept(codes.get(action.getNonconformityId()), TimelineEntry.of(entry, action.getTitle()));
                }
            }
        });
    }

    private static NonconformitySummary summary(ResultSet row, int number) throws SQLException {
        Timestamp closed = row.getTimestamp("closed_at");
        return new NonconformitySummary(row.getLong("id"), row.getString("code"), row.getString("reference"), row.getString("title"),
                NonconformitySource.valueOf(row.getString("source")), row.getString("source_reference"), Severity.valueOf(row.getString("severity")),
                row.getString("owner"), NonconformityState.valueOf(row.getString("state")), row.getString("raised_by"),
                row.getTimestamp("raised_at").toInstant(), closed == null ? null : closed.toInstant());
    }

    private static Set<Long> ids(List<TrailEntry> page, String entityType) {
        return page.stream().filter(entry -> entityType.equals(entry.entityType())).map(entry -> Long.parseLong(entry.entityId()))
                .collect(Collectors.toSet());
    }

    /** Each nonconformity's code (its reference until it has one). */
    private Map<Long, String> codes(Set<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, coalesce(code, reference) from nonconformity where id in (:ids)").param("ids", ids)
                    .query((row, n) -> codes.put(row.getLong(1), row.getString(2))).list();
        }
        return codes;
    }
}
