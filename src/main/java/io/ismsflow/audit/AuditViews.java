package io.ismsflow.audit;

import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.corrective.Nonconformity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Builds what the API and the pages show of an audit and a programme, reading the nonconformities' state from their module. */
@Component
class AuditViews {

    /** A programme with its status as it stands: approved and running once an audit has started. */
    record ProgrammeView(AuditProgramme programme, ProgrammeStatus status, List<AuditLine> audits) {
    }

    record AuditLine(long id, String code, String area, AuditState state, LocalDate windowStart, LocalDate windowEnd,
                     String leadAuditor, int findings, int score, String reasons, String changeReason, Long version) {
    }

    private final Audits audits;
    private final AuditProgrammes programmes;
    private final AuditUniverse universe;
    private final Nonconformities nonconformities;

    AuditViews(Audits audits, AuditProgrammes programmes, AuditUniverse universe, Nonconformities nonconformities) {
        this.audits = audits;
        this.programmes = programmes;
        this.universe = universe;
        this.nonconformities = nonconformities;
    }

    AuditView of(Audit audit) {
        List<AuditView.FindingView> findings = audit.getFindings().stream().map(finding -> {
            Optional<Nonconformity> nc = finding.nonconformityReference() == null ? Optional.empty()
                    : nonconformities.findByReference(finding.nonconformityReference());
            return new AuditView.FindingView(audit.referenceOf(finding), finding, nc.map(Nonconformity::getId).orElse(null),
                    nc.map(Nonconformity::getCode).orElse(null), nc.map(found -> found.getState().name()).orElse(null));
        }).toList();
        return new AuditView(audit, audits.areaOf(audit).getName(), findings);
    }

    ProgrammeView of(AuditProgramme programme) {
        List<Audit> all = programmes.auditsOf(programme.getId());
        ProgrammeStatus status = programme.getStatus() == ProgrammeStatus.APPROVED && all.stream().anyMatch(audit -> audit.getState().hasStarted())
                ? ProgrammeStatus.RUNNING : programme.getStatus();
        return new ProgrammeView(programme, status, all.stream().map(audit -> new AuditLine(audit.getId(), audit.getCode(),
                universe.get(audit.getArea()).getName(), audit.getState(), audit.getWindowStart(), audit.getWindowEnd(), audit.getLeadAuditor(),
                audit.getFindings().size(), audit.getScore(), audit.getReasons(), audit.getChangeReason(), audit.getVersion())).toList());
    }
}
