package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.trail.Actor;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 9.2.2: proposes the cycle's audits from the universe, each with its score and reasons, and hands the approval task
 * what it decides on.
 */
@Component
public class PlanAuditProgrammeWorker {

    private final AuditProgrammes programmes;
    private final AuditDeadlines deadlines;

    PlanAuditProgrammeWorker(AuditProgrammes programmes, AuditDeadlines deadlines) {
        this.programmes = programmes;
        this.deadlines = deadlines;
    }

    @JobWorker(type = "plan-audit-programme")
    public Proposal plan(ActivatedJob job, @Variable long programmeId, @Variable(optional = true) String requestedBy) {
        List<Audit> proposed = programmes.plan(programmeId, Actor.forJob(job, requestedBy));
        AuditProgramme programme = programmes.get(programmeId);
        String summary = proposed.stream().map(audit -> "- **%s** %s to %s: %s".formatted(audit.getCode(), audit.getWindowStart(), audit.getWindowEnd(),
                audit.getReasons())).collect(Collectors.joining("\n"));
        return new Proposal("Audit programme " + programme.getCycle(), proposed.size(), summary, deadlines.programmeApproval(),
                deadlines.escalateAfter(), deadlines.escalateToTopAfter());
    }

    public record Proposal(String subject, int proposedAudits, String programmeSummary, String approvalDueAt, String escalateAfter,
                           String escalateToTopAfter) {
    }
}
