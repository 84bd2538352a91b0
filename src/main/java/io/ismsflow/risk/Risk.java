package io.ismsflow.risk;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** An entry of the risk register: inherent and residual score from the matrix, treatment, acceptance and review dates. */
public class Risk {

    @Id
    private Long id;
    private String code;
    private String title;
    private String description;
    private String asset;
    private String threat;
    private String vulnerability;
    private boolean confidentiality;
    private boolean integrity;
    private boolean availability;
    private String owner;
    private int likelihood;
    private int impact;
    private RiskLevel level;
    private Treatment treatment;
    private String treatmentPlan;
    private int residualLikelihood;
    private int residualImpact;
    private RiskLevel residualLevel;
    private Acceptance acceptance;
    private String residualAcceptedBy;
    private Instant residualAcceptedAt;
    private String residualAcceptanceReason;
    private int matrixVersion;
    private RiskStatus status;
    private Instant lastReviewedAt;
    private LocalDate nextReviewDue;
    @Version
    private Long version;

    @PersistenceCreator
    Risk() {
    }

    static Risk identify(RiskDraft draft, RiskMatrix matrix, LocalDate today) {
        Risk risk = new Risk();
        risk.status = RiskStatus.OPEN;
        risk.describe(draft);
        risk.score(draft.likelihood(), draft.impact(), draft.treatment(), draft.treatmentPlan(),
                draft.residualLikelihood(), draft.residualImpact(), matrix);
        risk.nextReviewDue = draft.nextReviewDue() != null
                ? draft.nextReviewDue()
                : today.plus(matrix.reviewInterval(risk.residualLevel));
        return risk;
    }

    void assignCode() {
        code = "R-%03d".formatted(id);
    }

    void edit(RiskDraft draft, RiskMatrix matrix) {
        describe(draft);
        score(draft.likelihood(), draft.impact(), draft.treatment(), draft.treatmentPlan(),
                draft.residualLikelihood(), draft.residualImpact(), matrix);
        if (draft.nextReviewDue() != null) {
            nextReviewDue = draft.nextReviewDue();
        }
    }

    void deferReview(LocalDate to) {
        nextReviewDue = to;
    }

    boolean openReview() {
        if (status == RiskStatus.UNDER_REVIEW) {
            return false;
        }
        status = RiskStatus.UNDER_REVIEW;
        return true;
    }

    void reassess(Reassessment reassessment, RiskMatrix matrix, Instant now, LocalDate today) {
        score(reassessment.likelihood(), reassessment.impact(), reassessment.treatment(), reassessment.treatmentPlan(),
                reassessment.residualLikelihood(), reassessment.residualImpact(), matrix);
        lastReviewedAt = now;
        nextReviewDue = today.plus(matrix.reviewInterval(residualLevel));
        status = acceptance == Acceptance.ABOVE_APPETITE ? RiskStatus.UNDER_REVIEW : RiskStatus.OPEN;
    }

    /** A corrective action changed the residual risk; acceptance follows the appetite again. */
    boolean rescoreResidual(int residualLikelihood, int residualImpact, RiskMatrix matrix) {
        if (this.residualLikelihood == residualLikelihood && this.residualImpact == residualImpact) {
            return false;
        }
        score(likelihood, impact, treatment, treatmentPlan, residualLikelihood, residualImpact, matrix);
        return true;
    }

    boolean acceptResidual(String acceptedBy, String reason, Instant at) {
        if (acceptance != Acceptance.ABOVE_APPETITE) {
            return false;
        }
        acceptance = Acceptance.ACCEPTED;
        residualAcceptedBy = acceptedBy;
        residualAcceptedAt = at;
        residualAcceptanceReason = reason;
        status = RiskStatus.OPEN;
        return true;
    }

    private void describe(RiskDraft draft) {
        title = draft.title();
        description = draft.description();
        asset = draft.asset();
        threat = draft.threat();
        vulnerability = draft.vulnerability();
        confidentiality = draft.confidentiality();
        integrity = draft.integrity();
        availability = draft.availability();
        owner = draft.owner();
    }

    private void score(int likelihood, int impact, Treatment treatment, String treatmentPlan,
                       int residualLikelihood, int residualImpact, RiskMatrix matrix) {
        this.likelihood = likelihood;
        this.impact = impact;
        this.level = matrix.levelOf(likelihood, impact);
        this.treatment = treatment;
        this.treatmentPlan = treatmentPlan;
        this.residualLikelihood = residualLikelihood;
        this.residualImpact = residualImpact;
        this.residualLevel = matrix.levelOf(residualLikelihood, residualImpact);
        this.matrixVersion = matrix.id();
        this.acceptance = matrix.withinAppetite(residualLevel) ? Acceptance.WITHIN_APPETITE : Acceptance.ABOVE_APPETITE;
        this.residualAcceptedBy = null;
        this.residualAcceptedAt = null;
        this.residualAcceptanceReason = null;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getAsset() { return asset; }
    public String getThreat() { return threat; }
    public String getVulnerability() { return vulnerability; }
    public boolean isConfidentiality() { return confidentiality; }
    public boolean isIntegrity() { return integrity; }
    public boolean isAvailability() { return availability; }

    /** What the risk threatens, in words: "confidentiality, availability". */
    public String getAffects() {
        return java.util.stream.Stream.of(confidentiality ? "confidentiality" : null, integrity ? "integrity" : null,
                availability ? "availability" : null).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
    }
    public String getOwner() { return owner; }
    public int getLikelihood() { return likelihood; }
    public int getImpact() { return impact; }
    public RiskLevel getLevel() { return level; }
    public Treatment getTreatment() { return treatment; }
    public String getTreatmentPlan() { return treatmentPlan; }
    public int getResidualLikelihood() { return residualLikelihood; }
    public int getResidualImpact() { return residualImpact; }
    public RiskLevel getResidualLevel() { return residualLevel; }
    public Acceptance getAcceptance() { return acceptance; }
    public String getResidualAcceptedBy() { return residualAcceptedBy; }
    public Instant getResidualAcceptedAt() { return residualAcceptedAt; }
    public String getResidualAcceptanceReason() { return residualAcceptanceReason; }
    public int getMatrixVersion() { return matrixVersion; }
    public RiskStatus getStatus() { return status; }
    public Instant getLastReviewedAt() { return lastReviewedAt; }
    public LocalDate getNextReviewDue() { return nextReviewDue; }
    public Long getVersion() { return version; }
}
