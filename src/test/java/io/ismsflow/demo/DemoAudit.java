package io.ismsflow.demo;

import io.ismsflow.audit.Audit;
import io.ismsflow.audit.AuditArea;
import io.ismsflow.audit.AuditProgrammes;
import io.ismsflow.audit.AuditUniverse;
import io.ismsflow.audit.Audits;
import io.ismsflow.audit.ChecklistEntry;
import io.ismsflow.audit.ChecklistResult;
import io.ismsflow.audit.FindingDraft;
import io.ismsflow.audit.FindingType;
import io.ismsflow.audit.AreaDraft;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.trail.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo's internal audit (9.2): this year's programme with four audits, as the people would have run it through the
 * task list. One reported with two nonconformities (in corrective action) and an opportunity for improvement, one in
 * fieldwork with its auditor's task waiting, two planned for next month.
 */
final class DemoAudit {

    private static final Actor MANAGER = Actor.person("isms-manager");

    private final AuditUniverse universe;
    private final AuditProgrammes programmes;
    private final Audits audits;
    private final Tasks tasks;
    private final OpenTasks open;

    DemoAudit(AuditUniverse universe, AuditProgrammes programmes, Audits audits, Tasks tasks, TaskInbox inbox) {
        this.universe = universe;
        this.programmes = programmes;
        this.audits = audits;
        this.tasks = tasks;
        this.open = new OpenTasks(inbox);
    }

    void run(LocalDate today) {
        nameOwners();
        long programmeId = programmes.request(today.getYear(), MANAGER).getId();
        long approval = open.awaitTask("approve-audit-programme", "programmeId", programmeId).key();
        List<Audit> proposed = programmes.auditsOf(programmeId);
        Audit reported = inArea(proposed, "Endpoints, access and cryptography");
        Audit fieldwork = inArea(proposed, "Physical security");
        List<Audit> nextMonth = List.of(inArea(proposed, "Governance, assets and suppliers"), inArea(proposed, "People"));
        LocalDate firstOfNextMonth = today.withDayOfMonth(1).plusMonths(1);
        for (Audit audit : proposed) {
            if (audit == reported || audit == fieldwork) {
                // The planner spreads the audits over the months left; these two are done now, whatever the date.
                programmes.move(audit.getId(), today.withDayOfMonth(1), today.plusWeeks(3), "Brought forward: done before the "
                        + "certification audit", audit.getVersion(), MANAGER);
            } else if (nextMonth.contains(audit)) {
                programmes.move(audit.getId(), firstOfNextMonth, firstOfNextMonth.plusMonths(1).minusDays(1),
                        "Fieldwork once the area's owner is back from leave", audit.getVersion(), MANAGER);
            } else {
                programmes.drop(audit.getId(), "Covered by the external certification audit", audit.getVersion(), MANAGER);
            }
        }
        tasks.complete(approval, TestUsers.as("isms-manager"), Map.of("approvalNote", "Four audits this year; the rest in the next cycle"));

        plan(reported, "auditor", "A.8.5, A.8.7, A.8.8, A.8.13", today);
        conductWithFindings(reported.getId());
        tasks.complete(open.awaitTask("write-audit-report", "auditId", reported.getId()).key(), TestUsers.as("auditor"), Map.of(
                "reportSummary", "Authentication, malware protection, vulnerability management and backup audited by interviews with IT "
                        + "operations, the EDR and MDM consoles and a sample of 25 laptops.",
                "reportConclusion", "Malware protection and authentication conform. Patching and restore testing do not meet the "
                        + "organisation's own procedures: two minor nonconformities."));
        tasks.complete(open.awaitTask("approve-audit-report", "auditId", reported.getId()).key(), TestUsers.as("isms-manager"),
                Map.of("reportDecision", "approve"));

        plan(fieldwork, "auditor-2", "A.7.1, A.7.2, A.7.4", today);
        audits.recordRow(fieldwork.getId(), 0, new ChecklistEntry(ChecklistResult.CONFORMING, "Walked the perimeter of the head office "
                + "with facilities; fences and doors as in the site plan", null, null, null), Actor.person("auditor-2"));
    }

    private void nameOwners() {
        Map<String, String> owners = Map.of("Endpoints, access and cryptography", "it-operations", "Physical security", "risk-owner",
                "Governance, assets and suppliers", "isms-deputy", "People", "isms-deputy", "Risk assessment and treatment", "isms-manager");
        List<AuditUniverse.AreaChange> changes = universe.all().stream().filter(area -> owners.containsKey(area.getName()))
                .map(area -> new AuditUniverse.AreaChange(area.getId(), area.getVersion(), new AreaDraft(area.getName(), area.getDescription(),
                        owners.get(area.getName()), area.getImportance(), area.getRequirements(), false))).toList();
        universe.change(changes, MANAGER);
    }

    private void plan(Audit audit, String lead, String criteria, LocalDate today) {
        tasks.complete(open.awaitTask("plan-audit", "auditId", audit.getId()).key(), TestUsers.as(lead), Map.of("leadAuditor", lead,
                "auditTeam", List.of(), "auditees", List.of(audits.areaOf(audit).getOwner()), "planScope", audits.areaOf(audit).getDescription(),
                "planCriteria", criteria, "auditMethods", List.of("INTERVIEWS", "DOCUMENT_REVIEW", "SAMPLING"), "sampleSize", 25,
                "plannedStart", today.toString(), "plannedEnd", today.plusDays(3).toString()));
        open.awaitTask("conduct-audit", "auditId", audit.getId());
    }

    private void conductWithFindings(long auditId) {
        Actor auditor = Actor.person("auditor");
        audits.recordRow(auditId, 0, new ChecklistEntry(ChecklistResult.CONFORMING, "MFA enforced for all 212 accounts in the identity "
                + "provider; conditional access report of this month", "20 accounts", null, null), auditor);
        audits.recordRow(auditId, 1, new ChecklistEntry(ChecklistResult.OPPORTUNITY_FOR_IMPROVEMENT, "EDR console: all endpoints reporting; "
                + "macros allowed for users who finished the training", null, "Unsigned macros could be blocked by policy", null), auditor);
        audits.recordRow(auditId, 2, new ChecklistEntry(ChecklistResult.MINOR_NC, "MDM patch report of this month", "25 laptops",
                "9 of 25 laptops missed last month's critical patches", null), auditor);
        audits.recordRow(auditId, 3, new ChecklistEntry(ChecklistResult.MINOR_NC, "Backup console and the restore test log", null,
                "No restore test since May; the procedure requires one per quarter", null), auditor);
        audits.addFinding(auditId, new FindingDraft(FindingType.MINOR_NC, "A.8.8", "Critical patches are not installed within the 14 days "
                + "the vulnerability management procedure sets", "MDM patch report: 9 of 25 sampled laptops"), auditor);
        audits.addFinding(auditId, new FindingDraft(FindingType.MINOR_NC, "A.8.13", "Restores are not tested every quarter as the backup "
                + "and restore procedure requires", "Restore test log: last entry in May"), auditor);
        audits.addFinding(auditId, new FindingDraft(FindingType.OPPORTUNITY_FOR_IMPROVEMENT, "A.8.7", "Block unsigned Office macros by "
                + "policy rather than relying on training", null), auditor);
        tasks.complete(open.awaitTask("conduct-audit", "auditId", auditId).key(), TestUsers.as("auditor"), Map.of());
    }

    private Audit inArea(List<Audit> proposed, String area) {
        return proposed.stream().filter(audit -> audits.areaOf(audit).getName().equals(area)).findFirst().orElseThrow();
    }
}
