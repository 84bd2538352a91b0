package io.ismsflow.corrective;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.evidence.EvidenceFile;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.security.People;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.RefusedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corrective-action loop's records (10.2): every step goes through here, in one transaction with its audit-trail
 * rows. Steps done by job workers are idempotent: a step repeated for the same round changes nothing.
 */
@Service
@Transactional
public class Nonconformities {

    static final String ENTITY = "nonconformity";
    static final String ACTION_ENTITY = "corrective-action";

    private final NonconformityRepository nonconformities;
    private final CorrectiveActionRepository actions;
    private final PlanCheck planCheck;
    private final SimilarNonconformities similarNonconformities;
    private final RiskRegister risks;
    private final StatementOfApplicability soa;
    private final AuditTrail trail;
    private final People people;
    private final ObjectMapper json;
    private final EngineOutbox outbox;
    private final Clock clock;

    Nonconformities(NonconformityRepository nonconformities, CorrectiveActionRepository actions, PlanCheck planCheck,
                    SimilarNonconformities similarNonconformities, RiskRegister risks, StatementOfApplicability soa, AuditTrail trail, People people, ObjectMapper json, EngineOutbox outbox,
                    Clock clock) {
        this.nonconformities = nonconformities;
        this.actions = actions;
        this.planCheck = planCheck;
        this.similarNonconformities = similarNonconformities;
        this.risks = risks;
        this.soa = soa;
        this.trail = trail;
        this.people = people;
        this.json = json;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Nonconformity get(long id) {
        return nonconformities.findById(id).orElseThrow(() -> new NonconformityNotFoundException("Nonconformity " + id));
    }

    @Transactional(readOnly = true)
    public Optional<Nonconformity> findById(long id) {
        return nonconformities.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Nonconformity> findByReference(String reference) {
        return nonconformities.findByReference(reference);
    }

    /** Newest first, filtered by state, severity and minimum age in days; a null filter matches all. */
    @Transactional(readOnly = true)
    public List<Nonconformity> find(NonconformityState state, Severity severity, Integer olderThanDays) {
        Instant raisedBefore = olderThanDays == null ? null : clock.instant().minus(Duration.ofDays(olderThanDays));
        return nonconformities.findAllByOrderByIdDesc().stream()
                .filter(nc -> state == null || nc.getState() == state)
                .filter(nc -> severity == null || nc.getSeverity() == severity)
                .filter(nc -> raisedBefore == null || nc.getRaisedAt().isBefore(raisedBefore))
                .toList();
    }

    /** The nonconformities that affect any of the controls, open or closed. */
    @Transactional(readOnly = true)
    public List<Nonconformity> onControls(Collection<String> controlIds) {
        return controlIds.isEmpty() ? List.of() : nonconformities.findOnControls(controlIds);
    }

    /**
     * Who carried out corrective actions on nonconformities of the controls since the given instant: people who may
     * not audit that work (9.2.2 b).
     */
    @Transactional(readOnly = true)
    public Set<String> actionImplementersOn(Collection<String> controlIds, Instant since) {
        return onControls(controlIds).stream().flatMap(nc -> actionsOf(nc.getId()).stream())
                .filter(action -> action.getImplementedAt() != null && action.getImplementedAt().isAfter(since))
                .map(CorrectiveAction::getImplementedBy).collect(Collectors.toCollection(TreeSet::new));
    }

    @Transactional(readOnly = true)
    public List<CorrectiveAction> actionsOf(long nonconformityId) {
        return actions.findByNonconformityIdOrderByRoundAscPlanVersionAscPositionAsc(nonconformityId);
    }

    @Transactional(readOnly = true)
    public CorrectiveAction action(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new NonconformityNotFoundException("Corrective action " + actionId));
    }

    /** The actions of the plan now under way: of this round, and of its latest plan version. */
    @Transactional(readOnly = true)
    public List<CorrectiveAction> currentActions(Nonconformity nc) {
        return actions.findByNonconformityIdAndRoundAndPlanVersionOrderByPosition(nc.getId(), nc.round(), nc.planVersion());
    }

    /**
     * Raises a nonconformity. The same reference raised again (a message delivered twice) returns the first one.
     * Controls and risks named must exist.
     */
    public Nonconformity raise(NonconformityDraft draft, Actor actor) {
        if (draft.reference() != null) {
            var existing = nonconformities.findByReference(draft.reference());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        checkReferences(draft);
        String reference = draft.reference() != null ? draft.reference() : UUID.randomUUID().toString();
        Nonconformity nc = nonconformities.save(Nonconformity.raise(draft, reference, actor.person(), clock.instant()));
        nc.assignCode();
        nc = nonconformities.save(nc);
        trail.record(ENTITY, nc.getId(), "raised", null, nc, actor);
        return nc;
    }

    /** Binds the nonconformity to its process (see {@link Nonconformity#handledBy}); repeated, it changes nothing. */
    public Nonconformity handledBy(long id, Actor actor) {
        Nonconformity nc = get(id);
        var before = trail.snapshot(nc);
        return nc.handledBy(actor.processInstanceKey()) ? saveAndRecord(nc, "process-started", before, actor) : nc;
    }

    public Nonconformity contain(long id, String containment, String consequences, Actor actor) {
        Nonconformity nc = get(id);
        var before = trail.snapshot(nc);
        return nc.contain(containment, consequences, actor.person(), clock.instant()) ? saveAndRecord(nc, "contained", before, actor) : nc;
    }

    public Nonconformity analyse(long id, RootCause found, Collection<Long> similar, Actor actor) {
        Nonconformity nc = get(id);
        if (!similarNonconformities.among(id, similar).containsAll(similar)) {
            throw new InvalidFieldsException(Map.of("similarConfirmed", "names a nonconformity that is not similar to " + nc.getCode()));
        }
        var before = trail.snapshot(nc);
        return nc.analyse(found, similar, actor.person(), clock.instant()) ? saveAndRecord(nc, "analysed", before, actor) : nc;
    }

    /**
     * Records the plan of this round (10.2 c). Planned again for the same plan version (a redelivered job), it
     * returns the actions already planned.
     */
    public List<CorrectiveAction> plan(long id, List<PlannedAction> planned, Actor actor) {
        Nonconformity nc = get(id);
        List<CorrectiveAction> existing = currentActions(nc);
        if (!existing.isEmpty()) {
            return existing;
        }
        var problems = planCheck.problems(planned);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        List<CorrectiveAction> saved = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            CorrectiveAction action = actions.save(CorrectiveAction.plan(nc, i + 1, planned.get(i), planCheck.changesOf(planned.get(i))));
            trail.record(ACTION_ENTITY, action.getId(), "planned", null, action, actor);
            saved.add(action);
        }
        var before = trail.snapshot(nc);
        nc.planned();
        saveAndRecord(nc, "planned", before, actor);
        return saved;
    }

    public Nonconformity reviewPlan(long id, boolean approved, String reason, Actor actor) {
        Nonconformity nc = get(id);
        var before = trail.snapshot(nc);
        return nc.reviewPlan(approved, reason, actor.person(), clock.instant())
                ? saveAndRecord(nc, approved ? "plan-approved" : "plan-rejected", before, actor)
                : nc;
    }

    public CorrectiveAction implement(long actionId, String evidence, String notes, Actor actor) {
        CorrectiveAction action = action(actionId);
        var before = trail.snapshot(action);
        if (!action.implement(evidence, notes, actor.person(), clock.instant())) {
            return action;
        }
        action = actions.save(action);
        trail.record(ACTION_ENTITY, action.getId(), "implemented", before, action, actor);
        Nonconformity nc = get(action.getNonconformityId());
        var ncBefore = trail.snapshot(nc);
        if (nc.implementing()) {
            saveAndRecord(nc, "implementing", ncBefore, actor);
        }
        return action;
    }

    /**
     * 10.2 e: applies the ISMS changes of the done actions to the risk register and the SoA, all or nothing.
     * Each change is marked applied, so a second run (a redelivered or retried job) applies nothing twice.
     * @return how many changes were applied now
     */
    public int applyIsmsChanges(long id, Actor actor) {
        Nonconformity nc = get(id);
        int applied = 0;
        for (CorrectiveAction action : currentActions(nc)) {
            var before = trail.snapshot(action);
            int now = action.applyChanges(change -> apply(change, nc, action, actor));
            if (now > 0) {
                actions.save(action);
                trail.record(ACTION_ENTITY, action.getId(), "isms-changes-applied", before, action, actor);
                applied += now;
            }
        }
        var before = trail.snapshot(nc);
        if (nc.awaitEffectiveness()) {
            saveAndRecord(nc, "awaiting-effectiveness", before, actor);
        }
        return applied;
    }

    /** 10.2 d: refused when the verifier owns one of the actions verified. */
    public Nonconformity reviewEffectiveness(long id, boolean effective, String reasoning, Actor actor) {
        Nonconformity nc = get(id);
        requireIndependentVerifier(nc, actor.person());
        var before = trail.snapshot(nc);
        return nc.reviewEffectiveness(effective, reasoning, actor.person(), clock.instant())
                ? saveAndRecord(nc, effective ? "effective" : "ineffective", before, actor)
                : nc;
    }

    public void requireIndependentVerifier(Nonconformity nc, String verifier) {
        Set<String> owners = currentActions(nc).stream().map(CorrectiveAction::getOwner).collect(Collectors.toSet());
        if (owners.contains(verifier)) {
            throw new RefusedException("%s owns a corrective action of %s: effectiveness must be verified by someone else (ISO/IEC 27001 10.2 d)"
                    .formatted(people.displayName(verifier), nc.getCode()));
        }
    }

    /** 10.2 f, g: closes the nonconformity and keeps the documented information: nature, actions, results, timeline. */
    public Nonconformity close(long id, Actor actor) {
        Nonconformity nc = get(id);
        var before = trail.snapshot(nc);
        String report;
        try {
            report = json.writeValueAsString(ClosureReport.of(nc, actionsOf(id), timeline(id)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the closure report of " + nc.getCode(), e);
        }
        if (!nc.close(report, clock.instant())) {
            return nc;
        }
        outbox.publishAfterCommit(ProcessMessage.correlate(CorrectiveActionProcess.CLOSED_MESSAGE, nc.getReference(), Map.of(),
                CorrectiveActionProcess.CLOSED_MESSAGE_LIVES));
        return saveAndRecord(nc, "closed", before, actor);
    }

    /**
     * A file attached as evidence of a corrective action (10.2 f), by its owner or an ISMS manager; the store keeps the
     * file, the trail says who added it.
     */
    public void evidenceAdded(long actionId, EvidenceFile file, Actor actor) {
        CorrectiveAction action = action(actionId);
        trail.record(ACTION_ENTITY, action.getId(), "evidence-added", null, file.trailFacts(), actor);
    }

    /** The audit trail of the nonconformity and its actions, in the order it was written. */
    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(long id) {
        List<TrailEntry> entries = new ArrayList<>(trail.find(ENTITY, String.valueOf(id)));
        actionsOf(id).forEach(action -> entries.addAll(trail.find(ACTION_ENTITY, String.valueOf(action.getId()))));
        entries.sort(java.util.Comparator.comparing(TrailEntry::id));
        return entries;
    }

    /** Every recorded step of the nonconformity and its actions, in order: what, who, when, through which process. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long id) {
        List<TimelineEntry> entries = new ArrayList<>();
        trail.find(ENTITY, String.valueOf(id)).forEach(entry -> entries.add(TimelineEntry.of(entry, null)));
        for (CorrectiveAction action : actionsOf(id)) {
            trail.find(ACTION_ENTITY, String.valueOf(action.getId()))
                    .forEach(entry -> entries.add(TimelineEntry.of(entry, action.getTitle())));
        }
        entries.sort(TimelineEntry.ORDER);
        return entries;
    }

    private IsmsChange apply(IsmsChange change, Nonconformity nc, CorrectiveAction action, Actor actor) {
        switch (change.kind()) {
            case RESCORE_RISK -> risks.rescoreResidual(change.riskId(), change.likelihood(), change.impact(), actor);
            case ADD_RISK -> risks.identify(newRisk(change, nc, action), actor);
            case CONTROL_STATUS -> soa.changeImplementationStatus(change.controlId(), change.implementationStatus(),
                    "corrective action for " + nc.getCode(), actor);
            case CONTROL_APPLICABLE -> soa.includeForCorrectiveAction(change.controlId(), "corrective action for " + nc.getCode(), actor);
        }
        return change.appliedAt(clock.instant());
    }

    /** A risk found through a nonconformity: scored as planned, owned by the action's owner, due for review at once. */
    private RiskDraft newRisk(IsmsChange change, Nonconformity nc, CorrectiveAction action) {
        String cause = nc.latestAnalysis().map(Nonconformity.RootCauseAnalysis::causes).orElse(nc.getDescription());
        return new RiskDraft(change.newRiskTitle(), "Identified through " + nc.getCode() + ": " + nc.getTitle(),
                nc.getArea() != null ? nc.getArea() : nc.getTitle(), truncate(cause, 1000), truncate(nc.getDescription(), 1000),
                true, true, true, action.getOwner(), change.likelihood(), change.impact(), Treatment.MODIFY,
                action.getTitle(), change.likelihood(), change.impact(), LocalDate.now(clock), null);
    }

    private void checkReferences(NonconformityDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < draft.controls().size(); i++) {
            if (!soa.exists(draft.controls().get(i))) {
                problems.put("controls[" + i + "]", "Control " + draft.controls().get(i) + " does not exist in the SoA");
            }
        }
        for (int i = 0; i < draft.risks().size(); i++) {
            if (!risks.exists(draft.risks().get(i))) {
                problems.put("risks[" + i + "]", "Risk " + draft.risks().get(i) + " does not exist");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private Nonconformity saveAndRecord(Nonconformity nc, String action, AuditTrail.Snapshot before, Actor actor) {
        Nonconformity saved = nonconformities.save(nc);
        trail.record(ENTITY, saved.getId(), action, before, saved, actor);
        return saved;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
