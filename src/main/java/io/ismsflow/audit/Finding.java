package io.ismsflow.audit;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An audit finding, numbered within its audit (F1, F2…). A nonconformity finding raises a nonconformity whose reference
 * is the finding's (IA-2027-03-F2); an opportunity for improvement goes to the improvement register.
 */
@Table("audit_finding")
public record Finding(int number, FindingType type, String requirement, String description, String evidence,
                      String nonconformityReference, String improvementCode) {

    static Finding of(int number, FindingDraft draft) {
        return new Finding(number, draft.type(), draft.requirement(), draft.description(), draft.evidence(), null, null);
    }

    Finding ledTo(String nonconformity, String improvement) {
        return new Finding(number, type, requirement, description, evidence, nonconformity != null ? nonconformity : nonconformityReference,
                improvement != null ? improvement : improvementCode);
    }
}
