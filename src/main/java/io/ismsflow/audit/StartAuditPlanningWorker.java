package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.security.Groups;
import io.ismsflow.security.IsmsUsers;
import io.ismsflow.security.People;
import io.ismsflow.trail.Actor;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The audit's window has opened: the audit is being prepared, and the plan's form starts from the area (its scope and
 * requirements) and lists the people who can audit or be audited.
 */
@Component
public class StartAuditPlanningWorker {

    private final Audits audits;
    private final People people;
    private final IsmsUsers users;

    StartAuditPlanningWorker(Audits audits, People people, IsmsUsers users) {
        this.audits = audits;
        this.people = people;
        this.users = users;
    }

    @JobWorker(type = "start-audit-planning")
    public PlanDefaults start(ActivatedJob job, @Variable long auditId) {
        Audit audit = audits.startPreparing(auditId, Actor.forJob(job, null));
        AuditArea area = audits.areaOf(audit);
        List<String> criteria = audit.getCriteria().isEmpty() ? area.getRequirements() : audit.getCriteria();
        return new PlanDefaults(audit.getScope() != null ? audit.getScope() : area.getDescription(), String.join(", ", criteria),
                people.everyone().stream().map(person -> Map.of("label", person.name(), "value", person.username())).toList(),
                users.inGroup(Groups.AUDITORS).stream().map(user -> Map.of("label", user.name(), "value", user.username())).toList());
    }

    public record PlanDefaults(String planScope, String planCriteria, List<Map<String, String>> people, List<Map<String, String>> auditors) {
    }
}
