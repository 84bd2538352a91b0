package io.ismsflow.audit;

import io.ismsflow.web.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The audit programme of one cycle (9.2.2): objectives, scope, methods, responsibilities, the reporting line and the
 * coverage cycle in which every area is audited; approved by an ISMS manager, reported to top management at its end.
 */
@Table("audit_programme")
public class AuditProgramme {

    @Id
    private Long id;
    private int cycle;
    private String objectives;
    private String scope;
    private String methods;
    private String responsibilities;
    private String reporting;
    private int coverageYears;
    private String planningNotes;
    private ProgrammeStatus status;
    private String requestedBy;
    private Instant requestedAt;
    private String approvedBy;
    private Instant approvedAt;
    private String approvalNote;
    private Long reportDocument;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    @Version
    private Long version;

    @PersistenceCreator
    AuditProgramme() {
    }

    static AuditProgramme requested(int cycle, AuditProperties.ProgrammeDefaults defaults, int coverageYears, String by, Instant at) {
        AuditProgramme programme = new AuditProgramme();
        programme.cycle = cycle;
        programme.objectives = defaults.objectives();
        programme.scope = defaults.scope();
        programme.methods = defaults.methods();
        programme.responsibilities = defaults.responsibilities();
        programme.reporting = defaults.reporting();
        programme.coverageYears = coverageYears;
        programme.status = ProgrammeStatus.PROPOSED;
        programme.requestedBy = by;
        programme.requestedAt = at;
        return programme;
    }

    /** The areas the planning left out of the cycle, one per line with the reason. */
    void planned(String leftOut) {
        planningNotes = leftOut;
    }

    /** @return false when it was approved already (a redelivered job) */
    boolean approve(String by, String note, Instant at) {
        if (status != ProgrammeStatus.PROPOSED) {
            return false;
        }
        status = ProgrammeStatus.APPROVED;
        approvedBy = by;
        approvalNote = note;
        approvedAt = at;
        return true;
    }

    void requireProposed() {
        if (status != ProgrammeStatus.PROPOSED) {
            throw new ConflictException("The %d programme is %s: its audits are changed in the audits themselves now".formatted(cycle,
                    status.name().toLowerCase(Locale.ROOT)));
        }
    }

    /** @return false when it was completed already */
    boolean complete(long report) {
        if (status == ProgrammeStatus.COMPLETED) {
            return false;
        }
        status = ProgrammeStatus.COMPLETED;
        reportDocument = report;
        return true;
    }

    /** @return false when top management acknowledged it already */
    boolean acknowledge(String by, Instant at) {
        if (acknowledgedAt != null) {
            return false;
        }
        acknowledgedBy = by;
        acknowledgedAt = at;
        return true;
    }

    public Long getId() { return id; }
    public int getCycle() { return cycle; }
    public String getObjectives() { return objectives; }
    public String getScope() { return scope; }
    public String getMethods() { return methods; }
    public String getResponsibilities() { return responsibilities; }
    public String getReporting() { return reporting; }
    public int getCoverageYears() { return coverageYears; }
    public List<String> getPlanningNotes() { return planningNotes == null || planningNotes.isBlank() ? List.of() : List.of(planningNotes.split("\n")); }
    public ProgrammeStatus getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovalNote() { return approvalNote; }
    public Long getReportDocument() { return reportDocument; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public Long getVersion() { return version; }
}
