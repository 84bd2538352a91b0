package io.ismsflow.audit;

import io.ismsflow.escalation.Notifications;
import io.ismsflow.security.Groups;
import io.ismsflow.security.IsmsUsers;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports an audit's results to relevant management (9.2.2 c): top management and the area's owner, once. */
@Service
@Transactional
public class AuditResults {

    private final AuditRepository audits;
    private final AuditUniverse universe;
    private final Notifications notifications;
    private final IsmsUsers users;
    private final AuditTrail trail;
    private final ProgrammeProgress progress;
    private final Clock clock;

    AuditResults(AuditRepository audits, AuditUniverse universe, Notifications notifications, IsmsUsers users, AuditTrail trail,
                 ProgrammeProgress progress, Clock clock) {
        this.audits = audits;
        this.universe = universe;
        this.notifications = notifications;
        this.users = users;
        this.trail = trail;
        this.progress = progress;
        this.clock = clock;
    }

    public void report(long auditId, Actor actor) {
        Audit audit = audits.findById(auditId).orElseThrow();
        var before = trail.snapshot(audit);
        if (!audit.resultsReported(clock.instant())) {
            return;
        }
        AuditArea area = universe.get(audit.getArea());
        Set<String> recipients = new LinkedHashSet<>();
        users.inGroup(Groups.TOP_MANAGEMENT).forEach(user -> recipients.add(user.username()));
        if (area.getOwner() != null) {
            recipients.add(area.getOwner());
        }
        long nonconformities = audit.getFindings().stream().filter(finding -> finding.type().isNonconformity()).count();
        notifications.notify(recipients, "Internal audit %s reported: %s".formatted(audit.getCode(), area.getName()),
                "%d findings, %d of them nonconformities, now in corrective action. The approved report is frozen with its SHA-256;"
                        + " top management acknowledges the results on the audit's page."
                        .formatted(audit.getFindings().size(), nonconformities), "/audits/" + audit.getCode());
        trail.record(AuditProgrammes.AUDIT_ENTITY, auditId, "results-reported", before, audits.save(audit), actor);
        progress.tellIfAllReported(audit.getProgramme());
    }
}
