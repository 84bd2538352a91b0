package io.ismsflow.reports;

import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.corrective.Nonconformity;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.security.People;
import io.ismsflow.soa.Control;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.soa.Theme;
import io.ismsflow.web.Labels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers as tables for the exports, read through their modules' services, in words (labels, display names),
 * never enum names: the Statement of Applicability with the 6.1.3 d columns, the risk register, the nonconformities.
 */
@Component
@Transactional(readOnly = true)
class RegisterTables {

    private final StatementOfApplicability soa;
    private final RiskRegister risks;
    private final Nonconformities nonconformities;
    private final People people;
    private final Labels labels;

    RegisterTables(StatementOfApplicability soa, RiskRegister risks, Nonconformities nonconformities, People people, Labels labels) {
        this.soa = soa;
        this.risks = risks;
        this.nonconformities = nonconformities;
        this.people = people;
        this.labels = labels;
    }

    Table soa() {
        Map<Long, String> riskCodes = risks.all().stream().collect(Collectors.toMap(Risk::getId, Risk::getCode));
        List<Control> controls = soa.all();
        Function<Control, List<String>> row = control -> List.of(control.getId(), control.getTitle(), labels.of(control.getTheme()),
                control.getApplicable() == null ? "Not decided" : control.getApplicable() ? "Yes" : "No",
                control.getInclusionReasons().stream().map(labels::of).sorted().collect(Collectors.joining(", ")),
                text(control.getInclusionJustification()), labels.of(control.getImplementationStatus()), text(control.getExclusionJustification()),
                control.getOwner() == null ? "" : people.displayName(control.getOwner()), String.join("; ", control.getEvidence()),
                control.getLinkedRisks().stream().map(riskCodes::get).filter(code -> code != null).sorted().collect(Collectors.joining(", ")));
        List<Table.Sheet> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            themes.add(new Table.Sheet(labels.of(theme), controls.stream().filter(control -> control.getTheme() == theme).map(row).toList()));
        }
        return new Table("Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d)", List.of("Control", "Title", "Theme", "Applicable",
                "Reasons for inclusion", "Justification of inclusion", "Implementation", "Justification of exclusion", "Owner", "Evidence",
                "Risks it treats"), controls.stream().map(row).toList(), themes);
    }

    Table risks() {
        return Table.of("Risk register (ISO/IEC 27001:2022 6.1.2, 8.2)", List.of("Code", "Title", "Asset", "Threat", "Vulnerability", "Affects",
                "Owner", "Likelihood", "Impact", "Level", "Treatment", "Residual likelihood", "Residual impact", "Residual level", "Acceptance",
                "Status", "Next review"), risks.all().stream().map(risk -> List.of(risk.getCode(), risk.getTitle(), risk.getAsset(), risk.getThreat(),
                risk.getVulnerability(), risk.getAffects(), people.displayName(risk.getOwner()), String.valueOf(risk.getLikelihood()),
                String.valueOf(risk.getImpact()), labels.of(risk.getLevel()), labels.of(risk.getTreatment()), String.valueOf(risk.getResidualLikelihood()),
                String.valueOf(risk.getResidualImpact()), labels.of(risk.getResidualLevel()), labels.of(risk.getAcceptance()), labels.of(risk.getStatus()),
                risk.getNextReviewDue().toString())).toList());
    }

    Table nonconformities() {
        return Table.of("Nonconformities and corrective action (ISO/IEC 27001:2022 10.2)", List.of("Code", "Reference", "Title", "Source",
                "Source reference", "Severity", "Owner", "State", "Raised by", "Raised on", "Closed on"),
                nonconformities.find(null, null, null).reversed().stream().map(this::row).toList());
    }

    private List<String> row(Nonconformity nc) {
        return Arrays.asList(text(nc.getCode()), nc.getReference(), nc.getTitle(), labels.of(nc.getSource()), text(nc.getSourceReference()),
                labels.of(nc.getSeverity()), people.displayName(nc.getOwner()), labels.of(nc.getState()), people.displayName(nc.getRaisedBy()),
                nc.getRaisedAt().toString().substring(0, 10), nc.getClosedAt() == null ? "" : nc.getClosedAt().toString().substring(0, 10));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
