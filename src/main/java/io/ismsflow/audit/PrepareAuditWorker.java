package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** First step of an audit's process: what it is called and when its window opens and each of its tasks is due. */
@Component
public class PrepareAuditWorker {

    private final Audits audits;
    private final AuditDeadlines deadlines;

    PrepareAuditWorker(Audits audits, AuditDeadlines deadlines) {
        this.audits = audits;
        this.deadlines = deadlines;
    }

    @JobWorker(type = "prepare-audit")
    public Schedule prepare(@Variable long auditId) {
        Audit audit = audits.get(auditId);
        return new Schedule(audit.getCode(), audit.getCode() + " " + audits.areaOf(audit).getName(), deadlines.windowOpens(audit),
                deadlines.plan(audit), deadlines.fieldwork(audit), deadlines.report(audit), deadlines.reportApproval(audit));
    }

    public record Schedule(String auditCode, String subject, String windowOpensAt, String planDueAt, String fieldworkDueAt, String reportDueAt,
                           String reportApprovalDueAt) {
    }
}
