package io.ismsflow.documents;

import io.ismsflow.security.Groups;

/** The kinds of documented information the register holds (5.2, 7.5, Annex A 5.1). */
public enum DocumentType {
    INFORMATION_SECURITY_POLICY, TOPIC_SPECIFIC_POLICY, PROCEDURE, STANDARD, RECORD_TEMPLATE;

    /** 5.2: top management approves the information security policy; the ISMS managers approve the rest. */
    public String approverGroup() {
        return this == INFORMATION_SECURITY_POLICY ? Groups.TOP_MANAGEMENT : Groups.ISMS_MANAGERS;
    }
}
