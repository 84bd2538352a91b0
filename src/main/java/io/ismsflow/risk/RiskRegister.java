package io.ismsflow.risk;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.Versions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
    private final RiskProperties properties;
    private final AuditTrail trail;
    private final Clock clock;

    RiskRegister(RiskRepository risks, RiskAssessmentRepository assessments, RiskMatrixRepository matrices,
                 RiskProperties properties, AuditTrail trail, Clock clock) {
        this.risks = risks;
        this.assessments = assessments;
        this.matrices = matrices;
        this.properties = properties;
        this.trail = trail;
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
        var before = trail.snapshot(risk);
        risk.edit(draft, matrices.current());
        return saveAndRecord(risk, "edited", before, actor);
    }

    /**
     * Marks the risk as under review; a second call for the same review changes nothing. Called by the review's
     * process, it also records which process instance reviews the risk (once per instance).
     */
    public Risk openReview(long id, Actor actor) {
        Risk risk = get(id);
        var before = trail.snapshot(risk);
        if (risk.openReview()) {
            return saveAndRecord(risk, "review-opened", before, actor);
        }
        Long instance = actor.processInstanceKey();
        if (instance != null && trailOf(id).stream().noneMatch(entry -> instance.equals(entry.processInstanceKey()))) {
            trail.record(ENTITY, id, "review-process-started", null, risk, actor);
        }
        return risk;
    }

    public AssessmentResult recordAssessment(long riskId, Reassessment reassessment, Actor actor) {
        Risk risk = get(riskId);
        Instant decisionDueAt = clock.instant().plus(properties.residualDecisionDue());
        if (assessments.findByJobKey(actor.jobKey()).isPresent()) {
            return AssessmentResult.of(risk, decisionDueAt);
        }
        var before = trail.snapshot(risk);
        risk.reassess(reassessment, matrices.current(), clock.instant(), LocalDate.now(clock));
        risk = saveAndRecord(risk, "reassessed", before, actor);
        assessments.save(RiskAssessment.of(risk, reassessment.notes(), actor.jobKey(), actor.processInstanceKey(), actor.person()));
        return AssessmentResult.of(risk, decisionDueAt);
    }

    /** Records the approval of a residual risk above the appetite (6.1.3 f); repeated calls change nothing. */
    public Risk acceptResidual(long riskId, String reason, Actor actor) {
        Risk risk = get(riskId);
        var before = trail.snapshot(risk);
        return risk.acceptResidual(actor.person(), reason, clock.instant())
                ? saveAndRecord(risk, "residual-risk-accepted", before, actor)
                : risk;
    }

    /** The residual risk after a corrective action (10.2 e); unchanged if it already scores so. */
    public Risk rescoreResidual(long riskId, int residualLikelihood, int residualImpact, Actor actor) {
        Risk risk = get(riskId);
        var before = trail.snapshot(risk);
        return risk.rescoreResidual(residualLikelihood, residualImpact, matrices.current())
                ? saveAndRecord(risk, "residual-rescored", before, actor)
                : risk;
    }

    private Risk saveAndRecord(Risk risk, String action, AuditTrail.Snapshot before, Actor actor) {
        Risk saved = risks.save(risk);
        trail.record(ENTITY, saved.getId(), action, before, saved, actor);
        return saved;
    }
}
