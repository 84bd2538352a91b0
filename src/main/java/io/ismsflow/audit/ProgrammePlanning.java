package io.ismsflow.audit;

import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.corrective.Nonconformity;
import io.ismsflow.corrective.NonconformityState;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskRegister;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the programme's planning knows of each area (9.2.2): read from the risk register, the nonconformities and the
 * area's previous audits through their modules' services, then scored by the {@link AuditPlanner}.
 */
@Component
class ProgrammePlanning {

    private final AuditUniverse universe;
    private final AuditRepository audits;
    private final RiskRegister risks;
    private final Nonconformities nonconformities;
    private final AuditProperties properties;

    ProgrammePlanning(AuditUniverse universe, AuditRepository audits, RiskRegister risks, Nonconformities nonconformities,
                      AuditProperties properties) {
        this.universe = universe;
        this.audits = audits;
        this.risks = risks;
        this.nonconformities = nonconformities;
        this.properties = properties;
    }

    AuditPlanner.Plan plan(int cycle, int coverageYears, LocalDate today) {
        List<AuditPlanner.AreaProfile> profiles = universe.active().stream().map(area -> profile(area, today)).toList();
        return new AuditPlanner(coverageYears, properties.everyYearFrom()).plan(cycle, profiles, today);
    }

    AuditArea area(long id) {
        return universe.get(id);
    }

    private AuditPlanner.AreaProfile profile(AuditArea area, LocalDate today) {
        List<String> controls = area.controlIds();
        int highestRisk = risks.openOnControls(controls).stream().map(Risk::getResidualLevel).mapToInt(level -> level.ordinal() + 1).max()
                .orElse(0);
        List<Nonconformity> found = nonconformities.onControls(controls);
        Instant yearAgo = today.minusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        int open = (int) found.stream().filter(nc -> nc.getState() != NonconformityState.CLOSED).count();
        int recent = (int) found.stream().filter(nc -> nc.getRaisedAt().isAfter(yearAgo)).count();
        Optional<Audit> last = audits.findReportedOfArea(area.getId()).stream().findFirst();
        int previous = last.map(audit -> (int) audit.getFindings().stream().filter(finding -> finding.type().isNonconformity()).count()).orElse(0);
        LocalDate lastAudited = last.map(audit -> LocalDate.ofInstant(audit.getReportedAt(), ZoneOffset.UTC)).orElse(null);
        return new AuditPlanner.AreaProfile(area.getId(), area.getName(), area.getImportance(), highestRisk, open, recent, previous, lastAudited);
    }
}
