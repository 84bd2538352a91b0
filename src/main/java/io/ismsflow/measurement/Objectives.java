package io.ismsflow.measurement;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.web.InvalidFieldsException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information security objectives (6.2) and how they stand: evaluated every day from the latest results of their
 * metrics, one row per objective and day, so their fulfilment has a history.
 */
@Service
@Transactional
public class Objectives {

    static final String OBJECTIVE = "objective";

    private final ObjectiveRepository objectives;
    private final Metrics metrics;
    private final JdbcClient jdbc;
    private final AuditTrail trail;

    Objectives(ObjectiveRepository objectives, Metrics metrics, JdbcClient jdbc, AuditTrail trail) {
        this.objectives = objectives;
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.trail = trail;
    }

    /** An objective with how it stands now and day by day, the newest first. */
    public record Standing(Objective objective, Fulfilment now, List<Day> history) {
    }

    public record Day(LocalDate day, Fulfilment fulfilment) {
    }

    @Transactional(readOnly = true)
    public List<Objective> all() {
        return objectives.findAllByOrderById();
    }

    @Transactional(readOnly = true)
    public long count() {
        return objectives.count();
    }

    @Transactional(readOnly = true)
    public Objective get(long id) {
        return objectives.findById(id).orElseThrow(() -> new NoSuchElementException("Objective " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public Standing standing(long id, LocalDate day) {
        Objective objective = get(id);
        List<Day> history = jdbc.sql("select day, fulfilment from objective_fulfilment where objective = :id order by day desc")
                .param("id", id).query((row, n) -> new Day(row.getDate("day").toLocalDate(), Fulfilment.valueOf(row.getString("fulfilment"))))
                .list();
        return new Standing(objective, fulfilmentOf(objective, day), history);
    }

    public Objective set(ObjectiveDraft draft, Actor actor) {
        List<Long> unknown = draft.metrics().stream().filter(metric -> metrics.catalogue().stream().noneMatch(m -> m.getId().equals(metric)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFieldsException(Map.of("metrics", "no such metric: " + unknown));
        }
        Objective objective = objectives.save(Objective.set(draft));
        objective.assignCode();
        objective = objectives.save(objective);
        trail.record(OBJECTIVE, objective.getId(), "set", null, objective, actor);
        return objective;
    }

    /** Records how every objective stands on the day (once per day: a second run replaces the day's row). */
    public void evaluateAll(LocalDate day) {
        for (Objective objective : all()) {
            Fulfilment fulfilment = fulfilmentOf(objective, day);
            int updated = jdbc.sql("update objective_fulfilment set fulfilment = :f where objective = :id and day = :day")
                    .param("f", fulfilment.name()).param("id", objective.getId()).param("day", day).update();
            if (updated == 0) {
                jdbc.sql("insert into objective_fulfilment (objective, day, fulfilment) values (:id, :day, :f)")
                        .param("id", objective.getId()).param("day", day).param("f", fulfilment.name()).update();
            }
        }
    }

    private Fulfilment fulfilmentOf(Objective objective, LocalDate day) {
        return Fulfilment.of(objective.getMetrics().stream().map(metrics::latest).flatMap(Optional::stream).map(Measurement::evaluation).toList(),
                objective.getDueOn(), day);
    }
}
