package io.ismsflow.risk;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The risk edit screen's fields as the browser posts them (an unticked box is absent); checked as a {@link RiskDraft}. */
record RiskForm(String title, String description, String asset, String threat, String vulnerability, Boolean confidentiality,
                Boolean integrity, Boolean availability, String owner, Integer likelihood, Integer impact, Treatment treatment,
                String treatmentPlan, Integer residualLikelihood, Integer residualImpact,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReviewDue, Long version) {

    static RiskForm of(Risk risk) {
        return new RiskForm(risk.getTitle(), risk.getDescription(), risk.getAsset(), risk.getThreat(), risk.getVulnerability(),
                risk.isConfidentiality(), risk.isIntegrity(), risk.isAvailability(), risk.getOwner(), risk.getLikelihood(),
                risk.getImpact(), risk.getTreatment(), risk.getTreatmentPlan(), risk.getResidualLikelihood(), risk.getResidualImpact(),
                risk.getNextReviewDue(), risk.getVersion());
    }

    static RiskForm blank(String owner) {
        return new RiskForm(null, null, null, null, null, false, false, false, owner, null, null, Treatment.MODIFY, null, null, null,
                null, null);
    }

    RiskDraft draft() {
        return new RiskDraft(blankToNull(title), blankToNull(description), blankToNull(asset), blankToNull(threat), blankToNull(vulnerability),
                Boolean.TRUE.equals(confidentiality), Boolean.TRUE.equals(integrity), Boolean.TRUE.equals(availability), blankToNull(owner),
                likelihood, impact, treatment, blankToNull(treatmentPlan), residualLikelihood, residualImpact, nextReviewDue, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
