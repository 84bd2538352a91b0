package io.ismsflow.risk;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.web.InvalidFieldsException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Significant changes (8.2): recording one starts the reviews of the risks it affects, in the same transaction,
 * each with the change as its trigger; a risk whose review runs already is left to that review.
 */
@Service
@Transactional
public class RiskChanges {

    static final String CHANGE = "change-record";

    private final ChangeRecordRepository changes;
    private final RiskRegister register;
    private final RiskReviews reviews;
    private final AuditTrail trail;
    private final Clock clock;

    RiskChanges(ChangeRecordRepository changes, RiskRegister register, RiskReviews reviews, AuditTrail trail, Clock clock) {
        this.changes = changes;
        this.register = register;
        this.reviews = reviews;
        this.trail = trail;
        this.clock = clock;
    }

    /** What was recorded, and which of its risks got a review with it; the others were under review already. */
    public record Recorded(ChangeRecord change, List<Long> reviewsStarted) {
    }

    @Transactional(readOnly = true)
    public List<ChangeRecord> all() {
        return changes.findAllByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public ChangeRecord get(long id) {
        return changes.findById(id).orElseThrow(() -> new NoSuchElementException("Change " + id + " does not exist"));
    }

    public Recorded record(ChangeDraft draft, Actor actor) {
        List<Long> unknown = draft.risks().stream().filter(id -> !register.exists(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFieldsException(Map.of("risks", "no such risk: " + unknown));
        }
        ChangeRecord saved = changes.save(new ChangeRecord(null, null, draft.title(), draft.description(), draft.kind(), draft.sourceReference(),
                draft.takesEffectOn(), draft.affectedAssets(), actor.person(), clock.instant(),
                draft.risks().stream().map(ChangeRecord.AffectedRisk::new).collect(Collectors.toCollection(LinkedHashSet::new)),
                draft.controls().stream().map(ChangeRecord.AffectedControl::new).collect(Collectors.toCollection(LinkedHashSet::new))));
        ChangeRecord change = changes.save(saved.withCode());
        trail.record(CHANGE, change.id(), "recorded", null, change, actor);
        List<Long> started = draft.risks().stream()
                .filter(riskId -> reviews.startUnlessRunning(riskId, actor.person(), draft.kind(), change.code())).toList();
        return new Recorded(change, started);
    }
}
