package io.ismsflow.audit;

import io.ismsflow.corrective.CorrectiveActionProcess;
import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import io.ismsflow.measurement.ImprovementDraft;
import io.ismsflow.measurement.ImprovementSource;
import io.ismsflow.measurement.Improvements;
import io.ismsflow.soa.ControlAudits;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reported audit's findings lead to, once however often it runs: each nonconformity starts the
 * corrective-action process (message {@code nonconformity-raised}, the finding's reference as correlation key, through
 * the outbox), each opportunity for improvement goes to the improvement register (10.1), and every control audited
 * gets its result in the SoA.
 */
@Service
@Transactional
public class AuditFindings {

    private final AuditRepository audits;
    private final AuditUniverse universe;
    private final Improvements improvements;
    private final ControlAudits controlAudits;
    private final EngineOutbox outbox;
    private final AuditTrail trail;

    AuditFindings(AuditRepository audits, AuditUniverse universe, Improvements improvements, ControlAudits controlAudits, EngineOutbox outbox,
                  AuditTrail trail) {
        this.audits = audits;
        this.universe = universe;
        this.improvements = improvements;
        this.controlAudits = controlAudits;
        this.outbox = outbox;
        this.trail = trail;
    }

    /** @return the references of the nonconformities the audit raised, which its follow-up waits to see closed */
    public List<String> record(long auditId, Actor actor) {
        Audit audit = audits.findById(auditId).orElseThrow();
        AuditArea area = universe.get(audit.getArea());
        var before = trail.snapshot(audit);
        boolean changed = false;
        for (Finding finding : audit.getFindings()) {
            if (finding.type().isNonconformity() && finding.nonconformityReference() == null) {
                String reference = audit.referenceOf(finding);
                outbox.publishAfterCommit(ProcessMessage.start(CorrectiveActionProcess.RAISED_MESSAGE, reference,
                        Map.of("raisedBy", audit.getLeadAuditor(), "nonconformity", nonconformity(audit, area, finding, reference))));
                audit.findingLedTo(finding.number(), reference, null);
                changed = true;
            } else if (finding.type() == FindingType.OPPORTUNITY_FOR_IMPROVEMENT && finding.improvementCode() == null) {
                String code = improvements.propose(new ImprovementDraft(ImprovementSource.INTERNAL_AUDIT, audit.referenceOf(finding),
                        finding.description()), Actor.person(audit.getLeadAuditor())).getCode();
                audit.findingLedTo(finding.number(), null, code);
                changed = true;
            }
        }
        if (changed) {
            trail.record(AuditProgrammes.AUDIT_ENTITY, auditId, "findings-recorded", before, audits.save(audit), actor);
        }
        LocalDate auditedOn = LocalDate.ofInstant(audit.getReportedAt(), ZoneOffset.UTC);
        audit.getChecklist().stream().filter(row -> Requirements.isControl(row.requirement()) && row.result() != ChecklistResult.NOT_AUDITED)
                .forEach(row -> controlAudits.record(Requirements.controlId(row.requirement()),
                        new ControlAudits.Audited(audit.getCode(), auditedOn, row.result().name()), actor));
        return audit.nonconformityReferences();
    }

    private static Map<String, Object> nonconformity(Audit audit, AuditArea area, Finding finding, String reference) {
        String title = "%s %s: %s".formatted(audit.getCode(), finding.requirement(), finding.description());
        List<String> controls = Requirements.isControl(finding.requirement()) ? List.of(Requirements.controlId(finding.requirement())) : List.of();
        return Map.of("reference", reference, "source", "INTERNAL_AUDIT", "sourceReference", audit.getCode(),
                "title", title.length() > 200 ? title.substring(0, 199) + "…" : title,
                "description", finding.description() + (finding.evidence() == null ? "" : "\n\nEvidence: " + finding.evidence()),
                "area", area.getName(), "severity", finding.type() == FindingType.MAJOR_NC ? "MAJOR" : "MINOR",
                "owner", area.getOwner() != null ? area.getOwner() : audit.getReportApprovedBy(), "controls", controls, "risks", List.of());
    }
}
