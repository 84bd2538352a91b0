package io.ismsflow.risk;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.Versions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk register's API: every change to a risk goes through here, in one transaction with its audit-trail row.
 * Changes made by job workers are idempotent, so a job that Zeebe delivers twice changes the register once.
 */
@Service
@Transactional
public class RiskRegister {

    static final String ENTITY = "risk";

    private final RiskRepository risks;
    private final RiskAssessmentRepository assessments;
    private final RiskMatrixRepository matrices;
    private final RiskAcceptanceRepository acceptances;
    private final RiskProperties properties;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;
    private final TreatmentPlans treatments;
    private final Clock clock;

    RiskRegister(RiskRepository risks, RiskAssessmentRepository assessments, RiskMatrixRepository matrices, RiskAcceptanceRepository acceptances,
                 RiskProperties properties, AuditTrail trail, ApplicationEventPublisher events, TreatmentPlans treatments, Clock clock) {
        this.risks = risks;
        this.assessments = assessments;
        this.matrices = matrices;
        this.acceptances = acceptances;
        this.properties = properties;
        this.trail = trail;
        this.events = events;
        this.treatments = treatments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Risk> all() {
        return risks.findAllByOrderById();
    }

    @Transactional(readOnly = true)
    public Risk get(long id) {
        return risks.findById(id).orElseThrow(() -> new RiskNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return risks.existsById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Risk> findByCode(String code) {
        return risks.findByCode(code);
    }

    /** The risks not closed that name any of the controls (for the audit programme: what an area's risk is, who owns it). */
    @Transactional(readOnly = true)
    public List<Risk> openOnControls(Collection<String> controlIds) {
        return controlIds.isEmpty() ? List.of() : risks.findOpenOnControls(controlIds);
    }

    @Transactional(readOnly = true)
    public long countNotClosed() {
        return risks.countByStatusNot(RiskStatus.CLOSED);
    }

    @Transactional(readOnly = true)
    public List<Risk> dueForReview(LocalDate day) {
        return risks.findDueForReview(day);
    }

    @Transactional(readOnly = true)
    public RiskMatrix currentMatrix() {
        return matrices.current();
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(long riskId) {
        return trail.find(ENTITY, String.valueOf(riskId));
    }

    @Transactional(readOnly = true)
    public List<RiskAssessment> assessmentsOf(long riskId) {
        return assessments.findByRiskIdOrderById(get(riskId).getId());
    }

    public Risk identify(RiskDraft draft, Actor actor) {
        Risk risk = risks.save(Risk.identify(draft, matrices.current(), LocalDate.now(clock)));
        risk.assignCode();
        risk = risks.save(risk);
        trail.record(ENTITY, risk.getId(), "identified", null, risk, actor);
        return risk;
    }

    public Risk edit(long id, RiskDraft draft, Actor actor) {
        Risk risk = get(id);
        Versions.requireCurrent("Risk " + risk.getCode(), risk.getVersion(), draft.version());
        if (draft.nextReviewDue() != null && risk.getNextReviewDue() != null && draft.nextReviewDue().isAfter(risk.getNextReviewDue())) {
            throw new InvalidFieldsException(Map.of("nextReviewDue",
                    "a later review date needs an ISMS manager's approval with a reason: ask for a deferral"));
        }
        var before = trail.snapshot(risk);
        RiskLevel residualBefore = risk.getResidualLevel();
        int likelihoodBefore = risk.getResidualLikelihood();
        int impactBefore = risk.getResidualImpact();
        risk.edit(draft, matrices.current());
        Risk saved = saveAndRecord(risk, "edited", before, actor);
        if (likelihoodBefore != saved.getResidualLikelihood() || impactBefore != saved.getResidualImpact()
                || residualBefore != saved.getResidualLevel()) {
            events.publishEvent(new ResidualChanged(id, actor));
        }
        return saved;
    }

    /**
     * What the treatment reached (8.3), once per process: recorded in the trail; a residual other than planned is
     * rescored, which starts a review in which the owner accepts it again.
     */
    public Risk recordTreatmentResult(long riskId, boolean asPlanned, Integer likelihood, Integer impact, String notes, Actor actor) {
        Risk risk = get(riskId);
        Long instance = actor.processInstanceKey();
        if (instance != null && trailOf(riskId).stream().anyMatch(entry -> "treatment-result-recorded".equals(entry.action())
                && instance.equals(entry.processInstanceKey()))) {
            return risk;
        }
        trail.record(ENTITY, riskId, "treatment-result-recorded", null, Map.of("residualReached", asPlanned, "notes", notes), actor);
        return asPlanned ? risk : rescoreResidual(riskId, likelihood, impact, actor);
    }

    /** Moves the next review later, approved by an ISMS manager with the reason (8.2); the trail keeps both. */
    public Risk defer(long id, LocalDate nextReviewDue, String reason, Actor actor) {
        Risk risk = get(id);
        if (risk.getNextReviewDue() != null && !nextReviewDue.isAfter(risk.getNextReviewDue())) {
            throw new InvalidFieldsException(Map.of("nextReviewDue", "is not later than the review date now: edit the risk to bring it forward"));
        }
        var before = trail.snapshot(risk);
        risk.deferReview(nextReviewDue);
        Risk saved = risks.save(risk);
        trail.record(ENTITY, id, "review-deferred", before, Map.of("nextReviewDue", nextReviewDue.toString(), "reason", reason), actor);
        return saved;
    }

    /**
     * Marks the risk as under review; a second call for the same review changes nothing. Called by the review's
     * process, it also records which process instance reviews the risk (once per instance).
     */
    public Risk openReview(long id, Actor actor) {
        return openReview(id, actor, "review-opened");
    }

    /** Opens a review because the residual risk changed outside one: the trail says why it started (8.2). */
    Risk openReviewAfterChange(long id, Actor actor) {
        return openReview(id, actor, "review-opened-after-residual-change");
    }

    private Risk openReview(long id, Actor actor, String action) {
        Risk risk = get(id);
        var before = trail.snapshot(risk);
        if (risk.openReview()) {
            return saveAndRecord(risk, action, before, actor);
        }
        Long instance = actor.processInstanceKey();
        if (instance != null && trailOf(id).stream().noneMatch(entry -> instance.equals(entry.processInstanceKey()))) {
            trail.record(ENTITY, id, "review-process-started", null, risk, actor);
        }
        return risk;
    }

    /**
     * Applies the owner's reassessment and records their explicit acceptance of the residual risk (6.1.3 f); where
     * the level needs a higher authority, the acceptance awaits its co-approval. Once per job: a redelivered job
     * finds its assessment and returns the same result.
     */
    public AssessmentResult recordAssessment(long riskId, Reassessment reassessment, Actor actor) {
        return recordAssessment(riskId, reassessment, null, null, actor);
    }

    /** @param trigger why the review started; none for reviews started before triggers were recorded */
    public AssessmentResult recordAssessment(long riskId, Reassessment reassessment, ReviewTrigger trigger, String triggerReference,
                                             Actor actor) {
        Risk risk = get(riskId);
        Instant decisionDueAt = clock.instant().plus(properties.residualDecisionDue());
        RiskMatrix criteria = matrices.current();
        if (assessments.findByJobKey(actor.jobKey()).isPresent()) {
            return AssessmentResult.of(risk, authorityFor(risk, criteria), decisionDueAt);
        }
        var before = trail.snapshot(risk);
        risk.reassess(reassessment, criteria, clock.instant(), LocalDate.now(clock));
        risk = saveAndRecord(risk, "reassessed", before, actor);
        assessments.save(RiskAssessment.of(risk, reassessment.notes(), actor.jobKey(), actor.processInstanceKey(), actor.person(), trigger,
                triggerReference));
        AcceptanceAuthority authority = authorityFor(risk, criteria);
        supersedeAcceptances(riskId);
        RiskAcceptance accepted = acceptances.save(new RiskAcceptance(null, riskId, risk.getResidualLikelihood(), risk.getResidualImpact(),
                risk.getResidualLevel(), criteria.id(), authority, authority == AcceptanceAuthority.RISK_OWNER
                ? RiskAcceptance.State.ACCEPTED : RiskAcceptance.State.AWAITING_CO_APPROVAL, actor.person(), clock.instant(), null, null,
                null, risk.getNextReviewDue(), actor.processInstanceKey(), actor.jobKey()));
        trail.record(ENTITY, riskId, "residual-accepted-by-owner", null, accepted, actor);
        if (risk.getTreatment() == Treatment.MODIFY) {
            treatments.startPlanned(risk, actor);
        }
        return AssessmentResult.of(risk, authority, decisionDueAt);
    }

    /** Who must accept the residual risk: the criteria's authority for its level, at least an ISMS manager above the appetite. */
    static AcceptanceAuthority authorityFor(Risk risk, RiskMatrix criteria) {
        AcceptanceAuthority named = criteria.ruleFor(risk.getResidualLevel()).acceptanceAuthority();
        boolean above = !criteria.withinAppetite(risk.getResidualLevel());
        return above && named == AcceptanceAuthority.RISK_OWNER ? AcceptanceAuthority.ISMS_MANAGER : named;
    }

    @Transactional(readOnly = true)
    public List<RiskAcceptance> acceptancesOf(long riskId) {
        return acceptances.findByRiskOrderByIdDesc(riskId);
    }

    private void supersedeAcceptances(long riskId) {
        acceptances.findByRiskAndStateNot(riskId, RiskAcceptance.State.SUPERSEDED).forEach(old -> acceptances.save(old.superseded()));
    }

    /**
     * The co-approval of the residual risk by the authority its level needs (6.1.3 f), completing the owner's
     * acceptance; repeated calls change nothing.
     */
    public Risk acceptResidual(long riskId, String reason, Actor actor) {
        Risk risk = get(riskId);
        var before = trail.snapshot(risk);
        acceptances.findByRiskAndStateNot(riskId, RiskAcceptance.State.SUPERSEDED).stream()
                .filter(pending -> pending.state() == RiskAcceptance.State.AWAITING_CO_APPROVAL)
                .forEach(pending -> acceptances.save(pending.coApproved(actor.person(), clock.instant(), reason)));
        return risk.acceptResidual(actor.person(), reason, clock.instant())
                ? saveAndRecord(risk, "residual-risk-accepted", before, actor)
                : risk;
    }

    /** The residual risk after a corrective action (10.2 e); unchanged if it already scores so. */
    public Risk rescoreResidual(long riskId, int residualLikelihood, int residualImpact, Actor actor) {
        Risk risk = get(riskId);
        var before = trail.snapshot(risk);
        if (!risk.rescoreResidual(residualLikelihood, residualImpact, matrices.current())) {
            return risk;
        }
        Risk saved = saveAndRecord(risk, "residual-rescored", before, actor);
        events.publishEvent(new ResidualChanged(riskId, actor));
        return saved;
    }

    private Risk saveAndRecord(Risk risk, String action, AuditTrail.Snapshot before, Actor actor) {
        Risk saved = risks.save(risk);
        trail.record(ENTITY, saved.getId(), action, before, saved, actor);
        return saved;
    }
}
