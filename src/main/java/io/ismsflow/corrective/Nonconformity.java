package io.ismsflow.corrective;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A nonconformity and what the organisation did about it (10.2): containment, root cause per round, plan
 * decisions, effectiveness reviews and, at the end, the documented information kept as evidence (10.2 f, g).
 * Each step is recorded once: a step repeated for the same round changes nothing.
 */
public class Nonconformity {

    @Id
    private Long id;
    private String code;
    private String reference;
    private NonconformitySource source;
    private String sourceReference;
    private String title;
    private String description;
    private String area;
    private Severity severity;
    private String owner;
    private NonconformityState state;
    private String raisedBy;
    private Instant raisedAt;
    private String containment;
    private String consequences;
    private String containedBy;
    private Instant containedAt;
    private String closureReport;
    private Instant closedAt;
    private Long processInstanceKey;
    @MappedCollection(idColumn = "nonconformity")
    private Set<AffectedControl> controls = new LinkedHashSet<>();
    @MappedCollection(idColumn = "nonconformity")
    private Set<AffectedRisk> risks = new LinkedHashSet<>();
    @MappedCollection(idColumn = "nonconformity")
    private Set<SimilarNonconformity> similar = new LinkedHashSet<>();
    @MappedCollection(idColumn = "nonconformity")
    private Set<RootCauseAnalysis> analyses = new LinkedHashSet<>();
    @MappedCollection(idColumn = "nonconformity", keyColumn = "position")
    private List<PlanReview> planReviews = new ArrayList<>();
    @MappedCollection(idColumn = "nonconformity")
    private Set<EffectivenessReview> effectivenessReviews = new LinkedHashSet<>();
    @Version
    private Long version;

    @Table("nonconformity_control")
    record AffectedControl(String controlId) {
    }

    @Table("nonconformity_risk")
    record AffectedRisk(long riskId) {
    }

    @Table("nonconformity_link")
    record SimilarNonconformity(long similarId) {
    }

    /** 10.2 b: how the causes were determined, one analysis per round (a new round follows an ineffective one). */
    public record RootCauseAnalysis(int round, RootCauseMethod method, String causes, Boolean couldOccurElsewhere, String elsewhere,
                                    String analysedBy, Instant analysedAt) {
    }

    /** The ISMS manager's decision on a plan; a rejected plan is planned again as the next plan version. */
    public record PlanReview(int round, boolean approved, String reason, String reviewedBy, Instant reviewedAt) {
    }

    /** 10.2 d: whether the actions taken worked, judged by someone who did not take them. */
    public record EffectivenessReview(int round, boolean effective, String reasoning, String verifiedBy, Instant verifiedAt) {
    }

    @PersistenceCreator
    Nonconformity() {
    }

    static Nonconformity raise(NonconformityDraft draft, String reference, String raisedBy, Instant at) {
        Nonconformity nc = new Nonconformity();
        nc.reference = reference;
        nc.source = draft.source();
        nc.sourceReference = draft.sourceReference();
        nc.title = draft.title();
        nc.description = draft.description();
        nc.area = draft.area();
        nc.severity = draft.severity();
        nc.owner = draft.owner();
        nc.state = NonconformityState.RAISED;
        nc.raisedBy = raisedBy;
        nc.raisedAt = at;
        draft.controls().forEach(id -> nc.controls.add(new AffectedControl(id)));
        draft.risks().forEach(id -> nc.risks.add(new AffectedRisk(id)));
        return nc;
    }

    void assignCode() {
        code = "NC-%04d".formatted(id);
    }

    boolean contain(String containment, String consequences, String by, Instant at) {
        if (state != NonconformityState.RAISED) {
            return false;
        }
        this.containment = containment;
        this.consequences = consequences;
        this.containedBy = by;
        this.containedAt = at;
        state = NonconformityState.CONTAINED;
        return true;
    }

    /** The round of analysis, planning and verification under way: one more than the ineffective rounds so far. */
    public int round() {
        return ineffectiveRounds() + 1;
    }

    public int ineffectiveRounds() {
        return (int) effectivenessReviews.stream().filter(review -> !review.effective()).count();
    }

    /** The version of the plan of this round that awaits (or got) the ISMS manager's decision. */
    public int planVersion() {
        return (int) planReviews.stream().filter(review -> review.round() == round() && !review.approved()).count() + 1;
    }

    boolean analyse(RootCause found, Collection<Long> similarIds, String by, Instant at) {
        int round = round();
        if (analyses.stream().anyMatch(analysis -> analysis.round() == round)) {
            return false;
        }
        analyses.add(new RootCauseAnalysis(round, found.method(), found.causes(), found.couldOccurElsewhere(),
                found.couldOccurElsewhere() ? found.elsewhere() : null, by, at));
        similarIds.stream().filter(similarId -> !similarId.equals(id)).forEach(similarId -> similar.add(new SimilarNonconformity(similarId)));
        state = NonconformityState.ANALYSED;
        return true;
    }

    boolean planned() {
        if (state == NonconformityState.PLANNED) {
            return false;
        }
        state = NonconformityState.PLANNED;
        return true;
    }

    boolean reviewPlan(boolean approved, String reason, String by, Instant at) {
        if (state != NonconformityState.PLANNED) {
            return false;
        }
        planReviews.add(new PlanReview(round(), approved, reason, by, at));
        state = approved ? NonconformityState.APPROVED : NonconformityState.ANALYSED;
        return true;
    }

    boolean implementing() {
        if (state != NonconformityState.APPROVED) {
            return false;
        }
        state = NonconformityState.IMPLEMENTING;
        return true;
    }

    boolean awaitEffectiveness() {
        if (state == NonconformityState.AWAITING_EFFECTIVENESS) {
            return false;
        }
        state = NonconformityState.AWAITING_EFFECTIVENESS;
        return true;
    }

    boolean reviewEffectiveness(boolean effective, String reasoning, String by, Instant at) {
        if (state != NonconformityState.AWAITING_EFFECTIVENESS) {
            return false;
        }
        effectivenessReviews.add(new EffectivenessReview(round(), effective, reasoning, by, at));
        state = effective ? NonconformityState.EFFECTIVE : NonconformityState.INEFFECTIVE;
        return true;
    }

    /**
     * Binds the nonconformity to the corrective-action process that handles it.
     * @return false if it is bound to this instance already (a redelivered job)
     * @throws AlreadyUnderWayException if another instance handles it
     */
    boolean handledBy(long processInstanceKey) {
        if (this.processInstanceKey != null && this.processInstanceKey != processInstanceKey) {
            throw new AlreadyUnderWayException(this);
        }
        boolean bound = this.processInstanceKey == null;
        this.processInstanceKey = processInstanceKey;
        return bound;
    }

    static class AlreadyUnderWayException extends IllegalStateException {
        AlreadyUnderWayException(Nonconformity nc) {
            super("%s (reference %s) is handled by corrective-action instance %d already".formatted(nc.code, nc.reference, nc.processInstanceKey));
        }
    }

    boolean close(String report, Instant at) {
        if (state != NonconformityState.EFFECTIVE) {
            return false;
        }
        closureReport = report;
        closedAt = at;
        state = NonconformityState.CLOSED;
        return true;
    }

    public Optional<RootCauseAnalysis> latestAnalysis() {
        return analyses.stream().max(Comparator.comparingInt(RootCauseAnalysis::round));
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getReference() { return reference; }
    public NonconformitySource getSource() { return source; }
    public String getSourceReference() { return sourceReference; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getArea() { return area; }
    public Severity getSeverity() { return severity; }
    public String getOwner() { return owner; }
    public NonconformityState getState() { return state; }
    public String getRaisedBy() { return raisedBy; }
    public Instant getRaisedAt() { return raisedAt; }
    public String getContainment() { return containment; }
    public String getConsequences() { return consequences; }
    public String getContainedBy() { return containedBy; }
    public Instant getContainedAt() { return containedAt; }
    public String getClosureReport() { return closureReport; }
    public Instant getClosedAt() { return closedAt; }
    public Long getProcessInstanceKey() { return processInstanceKey; }
    public Set<String> getControls() {
        return controls.stream().map(AffectedControl::controlId).collect(Collectors.toCollection(TreeSet::new));
    }
    public Set<Long> getRisks() {
        return risks.stream().map(AffectedRisk::riskId).collect(Collectors.toCollection(TreeSet::new));
    }
    public Set<Long> getSimilar() {
        return similar.stream().map(SimilarNonconformity::similarId).collect(Collectors.toCollection(TreeSet::new));
    }
    public List<RootCauseAnalysis> getAnalyses() {
        return analyses.stream().sorted(Comparator.comparingInt(RootCauseAnalysis::round)).toList();
    }
    public List<PlanReview> getPlanReviews() { return List.copyOf(planReviews); }
    public List<EffectivenessReview> getEffectivenessReviews() {
        return effectivenessReviews.stream().sorted(Comparator.comparingInt(EffectivenessReview::round)).toList();
    }
    public Long getVersion() { return version; }
}
