package io.ismsflow.risk;

import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.web.InvalidFieldsException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk treatment plans (6.1.3 e) and their implementation (8.3): actions are planned on the risk's page; when a
 * review decides to modify the risk, the planned ones start in the {@code risk-treatment} process, each as its
 * owner's task, and when all are done the owner confirms the residual risk they were meant to reach.
 */
@Service
@Transactional
public class TreatmentPlans {

    public static final String PROCESS_ID = "risk-treatment";
    static final String MESSAGE = "risk-treatment-planned";
    static final String ACTION = "treatment-action";

    private final TreatmentActionRepository actions;
    private final KnownControls controls;
    private final EngineOutbox outbox;
    private final AuditTrail trail;
    private final Clock clock;

    TreatmentPlans(TreatmentActionRepository actions, KnownControls controls, EngineOutbox outbox, AuditTrail trail, Clock clock) {
        this.actions = actions;
        this.controls = controls;
        this.outbox = outbox;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TreatmentAction> of(long riskId) {
        return actions.findByRiskOrderById(riskId);
    }

    /** Every action of every risk's plan, by risk. */
    @Transactional(readOnly = true)
    public List<TreatmentAction> all() {
        return actions.findAllByOrderByRiskAscIdAsc();
    }

    @Transactional(readOnly = true)
    public long count() {
        return actions.count();
    }

    @Transactional(readOnly = true)
    public TreatmentAction action(long id) {
        return actions.findById(id).orElseThrow(() -> new NoSuchElementException("Treatment action " + id + " does not exist"));
    }

    public TreatmentAction plan(Risk risk, TreatmentActionDraft draft, Actor actor) {
        if (draft.controlId() != null && !controls.exists(draft.controlId())) {
            throw new InvalidFieldsException(Map.of("controlId", "Control " + draft.controlId() + " is not in the SoA"));
        }
        TreatmentAction action = actions.save(TreatmentAction.planned(risk.getId(), draft, actor.person(), clock.instant()));
        trail.record("risk", risk.getId(), "treatment-action-planned", null, action, actor);
        return action;
    }

    /**
     * Starts the implementation of the planned actions of a risk whose review decided to modify it, in the
     * transaction that records the decision; nothing when none is planned.
     */
    void startPlanned(Risk risk, Actor actor) {
        List<TreatmentAction> planned = actions.findByRiskAndStatusOrderById(risk.getId(), TreatmentAction.Status.PLANNED);
        if (planned.isEmpty()) {
            return;
        }
        planned.forEach(action -> {
            action.started(actor.processInstanceKey() == null ? 0 : actor.processInstanceKey());
            actions.save(action);
        });
        outbox.publishAfterCommit(ProcessMessage.start(MESSAGE, risk.getCode() + ":" + planned.getFirst().getId(),
                Map.of("riskId", risk.getId(), "treatmentActionIds", planned.stream().map(TreatmentAction::getId).toList(),
                        "startedBy", actor.person())));
    }

    /** Its owner did it, with this evidence; once (a redelivered job changes nothing). */
    TreatmentAction done(long actionId, String evidence, Actor actor) {
        TreatmentAction action = action(actionId);
        var before = trail.snapshot(action);
        if (action.done(evidence, actor.person(), clock.instant())) {
            action = actions.save(action);
            trail.record("risk", action.getRisk(), "treatment-action-done", before, action, actor);
        }
        return action;
    }
}
