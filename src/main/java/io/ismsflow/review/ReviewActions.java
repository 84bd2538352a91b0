package io.ismsflow.review;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The actions management reviews decided (9.3.3), each done by its owner with its evidence; input a) of the next review. */
@Service
@Transactional
public class ReviewActions {

    static final String ENTITY = "review-action";
    public static final String PROCESS_ID = "review-action";

    private final ReviewActionRepository actions;
    private final AuditTrail trail;
    private final Clock clock;

    ReviewActions(ReviewActionRepository actions, AuditTrail trail, Clock clock) {
        this.actions = actions;
        this.trail = trail;
        this.clock = clock;
    }

    /** Done, with the evidence; a second time changes nothing. */
    public ReviewAction done(long id, String evidence, Actor actor) {
        ReviewAction action = get(id);
        var before = trail.snapshot(action);
        if (!action.done(evidence, actor.person(), clock.instant())) {
            return action;
        }
        ReviewAction saved = actions.save(action);
        trail.record(ENTITY, id, "done", before, saved, actor);
        return saved;
    }

    @Transactional(readOnly = true)
    public ReviewAction get(long id) {
        return actions.findById(id).orElseThrow(() -> new NoSuchElementException("Review action " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public ReviewAction byCode(String code) {
        return actions.findByCode(code).orElseThrow(() -> new NoSuchElementException("Review action " + code + " does not exist"));
    }

    @Transactional(readOnly = true)
    public List<ReviewAction> of(long reviewId) {
        return actions.findByReviewOrderById(reviewId);
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(long id) {
        return trail.find(ENTITY, String.valueOf(id));
    }
}
