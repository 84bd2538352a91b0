package io.ismsflow.audit;

import io.ismsflow.documents.DocumentRegister;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.RefusedException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal audits (9.2): each step of an audit's process and the auditor's work on its page, every change in the
 * trail. The steps are idempotent: a redelivered job finds the step done and changes nothing.
 */
@Service
@Transactional
public class Audits {

    static final String ENTITY = AuditProgrammes.AUDIT_ENTITY;

    private final AuditRepository audits;
    private final AuditUniverse universe;
    private final Independence independence;
    private final AuditReports reports;
    private final StatementOfApplicability soa;
    private final DocumentRegister documents;
    private final AuditTrail trail;
    private final Clock clock;

    Audits(AuditRepository audits, AuditUniverse universe, Independence independence, AuditReports reports, StatementOfApplicability soa,
           DocumentRegister documents, AuditTrail trail, Clock clock) {
        this.audits = audits;
        this.universe = universe;
        this.independence = independence;
        this.reports = reports;
        this.soa = soa;
        this.documents = documents;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Audit get(long id) {
        return audits.findById(id).orElseThrow(() -> new NoSuchElementException("Audit " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public Audit byCode(String code) {
        return audits.findByCode(code).orElseThrow(() -> new NoSuchElementException("Audit " + code + " does not exist"));
    }

    /** The audits whose report was approved since the instant, the earliest first (a management review's input d3). */
    @Transactional(readOnly = true)
    public List<Audit> reportedSince(Instant since) {
        return audits.findReportedSince(since);
    }

    @Transactional(readOnly = true)
    public Optional<Audit> latestReported() {
        return audits.findFirstByReportedAtIsNotNullOrderByReportedAtDesc();
    }

    @Transactional(readOnly = true)
    public AuditArea areaOf(Audit audit) {
        return universe.get(audit.getArea());
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(long id) {
        return trail.find(ENTITY, String.valueOf(id));
    }

    /** The window opened: the lead auditor plans the audit. */
    public Audit startPreparing(long id, Actor actor) {
        return step(id, "preparing", Audit::startPreparing, actor);
    }

    /** The lead auditor's plan; every criterion must be a clause, an Annex A control or a document of the register. */
    public Audit plan(long id, AuditPlan plan, Actor actor) {
        List<String> unknown = plan.criteria().stream().filter(criterion -> titleOf(criterion).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFieldsException(Map.of("criteria", String.join(", ", unknown)
                    + ": neither a clause of 4–10, an Annex A control (A.5.1–A.8.34) nor a document of the register (POL-001)"));
        }
        return step(id, "planned", audit -> audit.plan(plan, criterion -> titleOf(criterion).orElseThrow()), actor);
    }

    /**
     * Checks that no auditor audits their own work (9.2.2 b); a problem is kept on the audit for the ISMS manager.
     *
     * @return the problem, or nothing when every auditor is independent
     */
    public Optional<String> checkIndependence(long id, Actor actor) {
        Audit audit = get(id);
        Optional<String> problem = independence.problemOf(audit, areaOf(audit));
        problem.ifPresent(found -> step(id, "found-not-independent", dependent -> dependent.notIndependent(found), actor));
        return problem;
    }

    /** The ISMS manager names another lead auditor or team after an independence problem. */
    public Audit reassign(long id, String leadAuditor, List<String> team, Actor actor) {
        return step(id, "reassigned", audit -> audit.reassign(leadAuditor, team), actor);
    }

    public Audit startFieldwork(long id, Actor actor) {
        return step(id, "fieldwork-started", Audit::startFieldwork, actor);
    }

    /** What the auditor found for one checklist row, on the audit's page. */
    public Audit recordRow(long id, int row, ChecklistEntry entry, Actor actor) {
        requireAuditor(get(id), actor);
        return step(id, "checklist-recorded", audit -> audit.recordRow(row, entry), actor);
    }

    public Audit addFinding(long id, FindingDraft draft, Actor actor) {
        requireAuditor(get(id), actor);
        return step(id, "finding-added", audit -> audit.addFinding(draft), actor);
    }

    public Audit removeFinding(long id, int number, Actor actor) {
        requireAuditor(get(id), actor);
        return step(id, "finding-removed", audit -> audit.removeFinding(number), actor);
    }

    /** The lead auditor confirms the fieldwork: the checklist complete, its nonconformities raised as findings. */
    public Audit finishFieldwork(long id, String conformityStatement, Actor actor) {
        return step(id, "fieldwork-done", audit -> audit.finishFieldwork(conformityStatement), actor);
    }

    public Audit writeReport(long id, String summary, String conclusion, Actor actor) {
        return step(id, "report-written", audit -> audit.writeReport(summary, conclusion), actor);
    }

    /**
     * The ISMS manager's decision on the report. Approved, it is frozen (HTML and PDF with their SHA-256) and the audit
     * is reported; sent back, the lead auditor reworks it with the reason. Never decided by the lead auditor.
     */
    public Audit reviewReport(long id, boolean approved, String reason, Actor actor) {
        Audit audit = get(id);
        if (actor.person().equals(audit.getLeadAuditor())) {
            throw new RefusedException(audit.getCode() + "'s report is approved by an ISMS manager who did not lead the audit (four eyes)");
        }
        if (audit.getState().isReported()) {
            return audit;
        }
        if (!approved) {
            return step(id, "report-sent-back", back -> back.sendReportBack(reason), actor);
        }
        long document = reports.freeze(audit, areaOf(audit), actor).id();
        return step(id, "report-approved", reported -> reported.reportApproved(actor.person(), document, clock.instant()), actor);
    }

    /** Top management acknowledges an audit's reported results (9.2.2 c), once. */
    public Audit acknowledge(long id, Actor actor) {
        return step(id, "acknowledged", audit -> audit.acknowledge(actor.person(), clock.instant()), actor);
    }

    /** Every nonconformity the audit raised is closed (10.2): so is the audit. */
    public Audit close(long id, Actor actor) {
        return step(id, "closed", audit -> audit.close(clock.instant()), actor);
    }

    /** Applies a change; when it changes nothing (a step done already, a redelivered job) nothing is saved or recorded. */
    private Audit step(long id, String action, Consumer<Audit> change, Actor actor) {
        Audit audit = get(id);
        var before = trail.snapshot(audit);
        change.accept(audit);
        if (before.json().equals(trail.snapshot(audit).json())) {
            return audit;
        }
        Audit saved = audits.save(audit);
        trail.record(ENTITY, id, action, before, saved, actor);
        return saved;
    }

    private void requireAuditor(Audit audit, Actor actor) {
        if (!audit.auditors().contains(actor.person())) {
            throw new RefusedException(audit.getCode() + "'s checklist and findings are recorded by its auditors: "
                    + String.join(", ", audit.auditors()));
        }
    }

    /** What a checklist row is titled: the clause's or control's title, or the document's. */
    Optional<String> titleOf(String requirement) {
        if (Requirements.isControl(requirement)) {
            String control = Requirements.controlId(requirement);
            return soa.exists(control) ? Optional.of(soa.get(control).getTitle()) : Optional.empty();
        }
        if (Requirements.isDocument(requirement)) {
            return documents.findByCode(requirement).map(document -> document.getTitle());
        }
        return Requirements.clauseTitle(requirement);
    }
}
