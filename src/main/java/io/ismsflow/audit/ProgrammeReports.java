package io.ismsflow.audit;

import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.escalation.Notifications;
import io.ismsflow.evidence.FrozenDocument;
import io.ismsflow.security.Groups;
import io.ismsflow.security.IsmsUsers;
import io.ismsflow.trail.Actor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's report for top management (9.2.2 c), frozen when every audit of the cycle has reported: which areas
 * were audited and which not, each audit's findings by type, and each nonconformity raised with its state that day.
 */
@Service
@Transactional
public class ProgrammeReports {

    /** One audit's line of the report. */
    public record AuditLine(Audit audit, String area, Map<FindingType, Long> findings, List<NonconformityLine> nonconformities) {
    }

    public record NonconformityLine(String reference, String code, String state) {
    }

    private final AuditProgrammes programmes;
    private final AuditUniverse universe;
    private final Nonconformities nonconformities;
    private final Notifications notifications;
    private final IsmsUsers users;

    ProgrammeReports(AuditProgrammes programmes, AuditUniverse universe, Nonconformities nonconformities, Notifications notifications,
                     IsmsUsers users) {
        this.programmes = programmes;
        this.universe = universe;
        this.nonconformities = nonconformities;
        this.notifications = notifications;
        this.users = users;
    }

    /** @return the frozen report's id */
    public long complete(long programmeId, Actor actor) {
        AuditProgramme programme = programmes.get(programmeId);
        boolean first = programme.getStatus() != ProgrammeStatus.COMPLETED;
        FrozenDocument report = programmes.complete(programmeId, model(programme), actor);
        if (first) {
            notifications.notify(users.inGroup(Groups.TOP_MANAGEMENT).stream().map(IsmsUsers.User::username).toList(),
                    "Internal audit programme %d: report".formatted(programme.getCycle()),
                    "Every audit of the %d programme has reported. Acknowledge its report in your tasks.".formatted(programme.getCycle()),
                    "/audit-programmes/" + programme.getCycle());
        }
        return report.id();
    }

    private Map<String, Object> model(AuditProgramme programme) {
        List<Audit> audits = programmes.auditsOf(programme.getId()).stream().filter(audit -> audit.getState() != AuditState.DROPPED).toList();
        Set<Long> audited = audits.stream().map(Audit::getArea).collect(Collectors.toSet());
        List<AuditLine> lines = audits.stream().map(audit -> new AuditLine(audit, universe.get(audit.getArea()).getName(),
                audit.getFindings().stream().collect(Collectors.groupingBy(Finding::type, () -> new EnumMap<>(FindingType.class),
                        Collectors.counting())),
                audit.nonconformityReferences().stream().map(reference -> nonconformities.findByReference(reference)
                        .map(nc -> new NonconformityLine(reference, nc.getCode(), nc.getState().name()))
                        .orElse(new NonconformityLine(reference, null, null))).toList())).toList();
        List<String> notAudited = universe.active().stream().filter(area -> !audited.contains(area.getId())).map(AuditArea::getName).toList();
        return Map.of("programme", programme, "lines", lines, "notAudited", notAudited, "findingTypes", FindingType.values());
    }
}
