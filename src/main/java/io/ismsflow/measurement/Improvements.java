package io.ismsflow.measurement;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.Versions;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The improvement register (10.1): opportunities from audits, reviews, measurement, staff and incidents, and their decisions. */
@Service
@Transactional
public class Improvements {

    static final String IMPROVEMENT = "improvement";

    private final ImprovementRepository improvements;
    private final AuditTrail trail;
    private final Clock clock;

    Improvements(ImprovementRepository improvements, AuditTrail trail, Clock clock) {
        this.improvements = improvements;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Improvement> all() {
        return improvements.findAllByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public long count() {
        return improvements.count();
    }

    @Transactional(readOnly = true)
    public Improvement get(long id) {
        return improvements.findById(id).orElseThrow(() -> new NoSuchElementException("Improvement " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(long id) {
        return trail.find(IMPROVEMENT, String.valueOf(id));
    }

    public Improvement propose(ImprovementDraft draft, Actor actor) {
        Improvement improvement = improvements.save(Improvement.proposed(draft, actor.person(), clock.instant()));
        improvement.assignCode();
        improvement = improvements.save(improvement);
        trail.record(IMPROVEMENT, improvement.getId(), "proposed", null, improvement, actor);
        return improvement;
    }

    public Improvement decide(long id, ImprovementDecision decision, Actor actor) {
        Improvement improvement = get(id);
        Versions.requireCurrent("Improvement " + improvement.getCode(), improvement.getVersion(), decision.version());
        var before = trail.snapshot(improvement);
        improvement.decide(decision.decision(), decision.reason(), decision.linkedReference(), actor.person(), clock.instant());
        improvement = improvements.save(improvement);
        trail.record(IMPROVEMENT, id, "decided", before, improvement, actor);
        return improvement;
    }
}
