package io.ismsflow.risk;

import io.ismsflow.approval.ApprovableRecord;
import io.ismsflow.approval.Approvals;
import io.ismsflow.security.Groups;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.InvalidFieldsException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk criteria (6.1.2 a) in versions: the approved version in force scores every assessment; an ISMS manager
 * proposes a new one (one proposal at a time) and top management approves it through the approval process.
 */
@Service
@Transactional
public class RiskCriteria implements ApprovableRecord {

    static final String CRITERIA = "risk-criteria";

    private final RiskMatrixRepository versions;
    private final JdbcAggregateTemplate jdbc;
    private final Approvals approvals;
    private final AuditTrail trail;
    private final Clock clock;

    RiskCriteria(RiskMatrixRepository versions, JdbcAggregateTemplate jdbc, Approvals approvals, AuditTrail trail, Clock clock) {
        this.versions = versions;
        this.jdbc = jdbc;
        this.approvals = approvals;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RiskMatrix current() {
        return versions.current();
    }

    @Transactional(readOnly = true)
    public List<RiskMatrix> versions() {
        return versions.findAllByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public RiskMatrix get(int id) {
        return versions.findById(id).orElseThrow(() -> new NoSuchElementException("Risk criteria version " + id + " do not exist"));
    }

    @Transactional(readOnly = true)
    public Optional<RiskMatrix> proposal() {
        return versions.findFirstByStatusOrderByIdDesc(CriteriaStatus.AWAITING_APPROVAL);
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trail() {
        return trail.find(CRITERIA, "criteria");
    }

    /** Proposes new criteria and sends them to top management; refused while another proposal waits. */
    public RiskMatrix propose(CriteriaDraft draft, Actor actor) {
        proposal().ifPresent(waiting -> {
            throw new ConflictException("Risk criteria version " + waiting.id() + " await approval: wait for the decision");
        });
        if (draft.sameAs(current())) {
            throw new InvalidFieldsException(Map.of("description", "the proposal is the same as the criteria in force"));
        }
        int id = versions.findFirstByOrderByIdDesc().map(RiskMatrix::id).orElse(0) + 1;
        Set<RiskMatrix.Cell> cells = new HashSet<>();
        IntStream.rangeClosed(1, 5).forEach(l -> IntStream.rangeClosed(1, 5)
                .forEach(i -> cells.add(new RiskMatrix.Cell(l, i, draft.levels().get(l - 1).get(i - 1)))));
        Set<RiskMatrix.ScalePoint> scale = new HashSet<>();
        for (int score = 1; score <= 5; score++) {
            CriteriaDraft.Descriptor likelihood = draft.likelihood().get(score - 1);
            CriteriaDraft.Descriptor impact = draft.impact().get(score - 1);
            scale.add(new RiskMatrix.ScalePoint(RiskMatrix.Axis.LIKELIHOOD, score, likelihood.name(), likelihood.description()));
            scale.add(new RiskMatrix.ScalePoint(RiskMatrix.Axis.IMPACT, score, impact.name(), impact.description()));
        }
        Set<RiskMatrix.LevelRule> rules = new HashSet<>(draft.rules().stream()
                .map(rule -> new RiskMatrix.LevelRule(rule.level(), rule.acceptanceAuthority(), rule.reviewInterval())).toList());
        RiskMatrix proposed;
        try {
            proposed = jdbc.insert(new RiskMatrix(id, draft.appetite(), draft.description(), clock.instant(), CriteriaStatus.AWAITING_APPROVAL,
                    1, actor.person(), null, null, null, cells, scale, rules));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Someone else proposed new risk criteria at the same time: decide on theirs first");
        }
        trail.record(CRITERIA, "criteria", "proposed", null, summary(proposed), actor);
        approvals.request(CRITERIA, id, actor.person());
        return proposed;
    }

    @Override
    public String type() {
        return CRITERIA;
    }

    @Override
    @Transactional(readOnly = true)
    public Proposal proposal(long id) {
        RiskMatrix proposed = get(Math.toIntExact(id));
        return new Proposal("Risk criteria, version " + proposed.id(), proposed.proposedBy(), Groups.TOP_MANAGEMENT);
    }

    /** Approved, the proposal is in force and the criteria before it superseded; sent back, it stays on record, rejected. */
    @Override
    public void decide(long id, String stage, boolean approved, String note, Actor actor) {
        RiskMatrix proposed = get(Math.toIntExact(id));
        if (proposed.status() != CriteriaStatus.AWAITING_APPROVAL) {
            return;
        }
        if (approved) {
            RiskMatrix before = current();
            versions.save(before.superseded());
        }
        RiskMatrix decided = versions.save(proposed.decided(approved ? CriteriaStatus.APPROVED : CriteriaStatus.REJECTED, actor.person(),
                clock.instant(), note));
        trail.record(CRITERIA, "criteria", approved ? "approved" : "sent-back", null, summary(decided), actor);
    }

    /** What the trail keeps of a version: its number, state and decision (the version itself never changes). */
    private static Map<String, Object> summary(RiskMatrix criteria) {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("criteriaVersion", criteria.id());
        summary.put("status", criteria.status());
        summary.put("appetite", criteria.appetite());
        summary.put("decisionNote", criteria.decisionNote());
        return summary;
    }
}
