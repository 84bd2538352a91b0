package io.ismsflow.audit;

import io.ismsflow.evidence.FrozenDocument;
import io.ismsflow.evidence.FrozenDocuments;
import io.ismsflow.trail.Actor;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Freezes an audit's report at its approval (DESIGN, "Frozen documented information"): rendered once from one
 * template to HTML and PDF, kept with their SHA-256, never changed.
 */
@Component
class AuditReports {

    static final String KIND = "audit-report";

    private final FrozenDocuments frozen;
    private final AuditProgrammeRepository programmes;

    AuditReports(FrozenDocuments frozen, AuditProgrammeRepository programmes) {
        this.frozen = frozen;
        this.programmes = programmes;
    }

    FrozenDocument freeze(Audit audit, AuditArea area, Actor approvedBy) {
        AuditProgramme programme = programmes.findById(audit.getProgramme()).orElseThrow();
        return frozen.freeze(KIND, audit.getCode(), "Internal audit report " + audit.getCode() + ": " + area.getName(), "audit-report",
                Map.of("audit", audit, "area", area, "programme", programme, "approvedBy", approvedBy.person()), approvedBy.person());
    }
}
