package io.ismsflow.audit;

import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.security.People;
import io.ismsflow.soa.StatementOfApplicability;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Auditors' objectivity and impartiality (9.2.2 b): nobody audits an area they own or work in, controls or risks they
 * own, or corrective actions they carried out on its controls in the last twelve months.
 */
@Component
class Independence {

    private static final Duration RECENT_WORK = Duration.ofDays(365);

    private final StatementOfApplicability soa;
    private final RiskRegister risks;
    private final Nonconformities nonconformities;
    private final People people;
    private final Clock clock;

    Independence(StatementOfApplicability soa, RiskRegister risks, Nonconformities nonconformities, People people, Clock clock) {
        this.soa = soa;
        this.risks = risks;
        this.nonconformities = nonconformities;
        this.people = people;
        this.clock = clock;
    }

    /** Why the audit's auditors are not independent, one sentence per auditor; empty when they are. */
    Optional<String> problemOf(Audit audit, AuditArea area) {
        Set<String> controls = new LinkedHashSet<>(area.controlIds());
        audit.getCriteria().stream().filter(Requirements::isControl).map(Requirements::controlId).forEach(controls::add);
        List<Risk> risksInScope = risks.openOnControls(controls);
        Set<String> implementers = nonconformities.actionImplementersOn(controls, clock.instant().minus(RECENT_WORK));
        List<String> problems = new ArrayList<>();
        for (String auditor : audit.auditors()) {
            List<String> reasons = new ArrayList<>();
            if (auditor.equals(area.getOwner())) {
                reasons.add("owns the area " + area.getName());
            }
            if (audit.getAuditees().contains(auditor)) {
                reasons.add("works in it (named as an auditee)");
            }
            List<String> owned = controls.stream().filter(control -> soa.exists(control) && auditor.equals(soa.get(control).getOwner()))
                    .map(Requirements::ofControl).toList();
            if (!owned.isEmpty()) {
                reasons.add("owns " + String.join(", ", owned));
            }
            List<String> ownedRisks = risksInScope.stream().filter(risk -> Objects.equals(auditor, risk.getOwner())).map(Risk::getCode).toList();
            if (!ownedRisks.isEmpty()) {
                reasons.add("owns the risks " + String.join(", ", ownedRisks));
            }
            if (implementers.contains(auditor)) {
                reasons.add("carried out corrective actions on its controls in the last 12 months");
            }
            if (!reasons.isEmpty()) {
                problems.add(people.displayName(auditor) + " " + String.join(", ", reasons));
            }
        }
        return problems.isEmpty() ? Optional.empty()
                : Optional.of(String.join("; ", problems) + ". An auditor may not audit their own work (9.2.2 b): name another.");
    }
}
