package io.ismsflow.corrective;

import io.ismsflow.soa.ImplementationStatus;
import java.time.Instant;

/**
 * A change to the ISMS that a corrective action implies (10.2 e): rescore a risk's residual level, add a risk,
 * or change a control's implementation status or make it applicable. Applied once, when the action is done.
 */
public record IsmsChange(Kind kind, Long riskId, String controlId, Integer likelihood, Integer impact,
                         ImplementationStatus implementationStatus, String newRiskTitle, Instant appliedAt) {

    public enum Kind {
        RESCORE_RISK, ADD_RISK, CONTROL_STATUS, CONTROL_APPLICABLE
    }

    static IsmsChange rescoreRisk(long riskId, int residualLikelihood, int residualImpact) {
        return new IsmsChange(Kind.RESCORE_RISK, riskId, null, residualLikelihood, residualImpact, null, null, null);
    }

    static IsmsChange addRisk(String title, int likelihood, int impact) {
        return new IsmsChange(Kind.ADD_RISK, null, null, likelihood, impact, null, title, null);
    }

    static IsmsChange controlStatus(String controlId, ImplementationStatus status) {
        return new IsmsChange(Kind.CONTROL_STATUS, null, controlId, null, null, status, null, null);
    }

    static IsmsChange controlApplicable(String controlId) {
        return new IsmsChange(Kind.CONTROL_APPLICABLE, null, controlId, null, null, null, null, null);
    }

    boolean isApplied() {
        return appliedAt != null;
    }

    IsmsChange appliedAt(Instant at) {
        return new IsmsChange(kind, riskId, controlId, likelihood, impact, implementationStatus, newRiskTitle, at);
    }
}
