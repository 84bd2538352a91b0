package io.ismsflow.corrective;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 10.2 b3: other nonconformities that share a control, a risk or the area with a given one. An area gathers many over
 * the years, so the analyst is offered the newest few, read as lines rather than whole records; what the analyst
 * confirms is checked against all of them.
 */
@Component
class SimilarNonconformities {

    /** A checklist longer than this helps no one decide. */
    static final int OFFERED = 25;

    /** Three index lookups, read once as a table, rather than one condition with OR that would test every nonconformity. */
    private static final String SIMILAR = """
            from (select theirs.nonconformity as id from nonconformity_control mine
                      join nonconformity_control theirs on theirs.control_id = mine.control_id where mine.nonconformity = :id
                  union select theirs.nonconformity from nonconformity_risk mine
                      join nonconformity_risk theirs on theirs.risk_id = mine.risk_id where mine.nonconformity = :id
                  union select same.id from nonconformity mine join nonconformity same on same.area = mine.area where mine.id = :id) similar
            join nonconformity other on other.id = similar.id
            where other.id <> :id
            """;

    /** A similar nonconformity as the analyst's checklist shows it. */
    record Similar(long id, String code, String title, NonconformityState state) {
    }

    private final JdbcClient jdbc;

    SimilarNonconformities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest {@value #OFFERED} similar nonconformities. */
    List<Similar> offeredFor(long id) {
        return jdbc.sql("select other.id, other.code, other.title, other.state " + SIMILAR + " order by other.id desc limit " + OFFERED)
                .param("id", id)
                .query((row, n) -> new Similar(row.getLong("id"), row.getString("code"), row.getString("title"),
                        NonconformityState.valueOf(row.getString("state"))))
                .list();
    }

    /** Which of the candidates are similar to the nonconformity. */
    Set<Long> among(long id, Collection<Long> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.sql("select other.id " + SIMILAR + " and other.id in (:candidates)")
                .param("id", id).param("candidates", candidates).query(Long.class).list());
    }
}
