package io.ismsflow.reports;

import io.ismsflow.corrective.NonconformityHistory;
import io.ismsflow.corrective.NonconformitySummary;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.TreatmentAction;
import io.ismsflow.risk.TreatmentPlans;
import io.ismsflow.security.People;
import io.ismsflow.soa.Control;
import io.ismsflow.soa.SoaIssue;
import io.ismsflow.soa.SoaIssues;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.soa.Theme;
import io.ismsflow.web.Dates;
import io.ismsflow.web.Labels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers as tables for the exports, read through their modules' services, in words (labels, display names),
 * never enum names: the Statement of Applicability with the 6.1.3 d columns and its version in force, the risk register,
 * the risk treatment plan, the nonconformities.
 */
@Component
@Transactional(readOnly = true)
class RegisterTables {

    private final StatementOfApplicability soa;
    private final SoaIssues soaIssues;
    private final RiskRegister risks;
    private final TreatmentPlans treatmentPlans;
    private final NonconformityHistory nonconformities;
    private final People people;
    private final Labels labels;
    private final Dates dates;

    RegisterTables(StatementOfApplicability soa, SoaIssues soaIssues, RiskRegister risks, TreatmentPlans treatmentPlans,
                   NonconformityHistory nonconformities, People people, Labels labels, Dates dates) {
        this.soa = soa;
        this.soaIssues = soaIssues;
        this.risks = risks;
        this.treatmentPlans = treatmentPlans;
        this.nonconformities = nonconformities;
        this.people = people;
        this.labels = labels;
        this.dates = dates;
    }

    Table soa() {
        Map<Long, String> riskCodes = risks.all().stream().collect(Collectors.toMap(Risk::getId, Risk::getCode));
        List<Control> controls = soa.all();
        Map<String, Set<Long>> treating = soa.risksTreatedByControl();
        Function<Control, List<String>> row = control -> List.of(control.getId(), control.getTitle(), labels.of(control.getTheme()),
                control.getApplicable() == null ? "Not decided" : control.getApplicable() ? "Yes" : "No",
                control.getInclusionReasons().stream().map(labels::of).sorted().collect(Collectors.joining(", ")),
                text(control.getInclusionJustification()), labels.of(control.getImplementationStatus()), text(control.getExclusionJustification()),
                control.getOwner() == null ? "" : people.displayName(control.getOwner()), String.join("; ", control.getEvidence()),
                treating.getOrDefault(control.getId(), Set.of()).stream().map(riskCodes::get).filter(code -> code != null).sorted().collect(Collectors.joining(", ")));
        List<Table.Sheet> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            themes.add(new Table.Sheet(labels.of(theme), controls.stream().filter(control -> control.getTheme() == theme).map(row).toList()));
        }
        return new Table("Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d)", soaVersion(), List.of("Control", "Title", "Theme", "Applicable",
                "Reasons for inclusion", "Justification of inclusion", "Implementation", "Justification of exclusion", "Owner", "Evidence",
                "Risks it treats"), controls.stream().map(row).toList(), themes);
    }

    /** The approved version in force, who approved it and when, and whether the controls have changed since. */
    private List<Table.Fact> soaVersion() {
        return soaIssues.latestIssued().map(issued -> List.of(
                new Table.Fact("Version in force", "Version " + issued.getNumber() + ", issued " + dates.date(issued.getDecidedAt())),
                new Table.Fact("Approved by", approvers(issued)),
                new Table.Fact("Changed since", changes(soaIssues.changedSince(issued).size()))))
                .orElse(List.of(new Table.Fact("Version in force", "None issued yet: this is the working draft")));
    }

    private String approvers(SoaIssue issued) {
        return "%s (ISMS manager) on %s, %s (top management) on %s".formatted(people.displayName(issued.getManagerApprovedBy()),
                dates.date(issued.getManagerApprovedAt()), people.displayName(issued.getDecidedBy()), dates.date(issued.getDecidedAt()));
    }

    private static String changes(int controls) {
        return controls == 0 ? "No control changed: this export is the version in force"
                : controls + (controls == 1 ? " control has" : " controls have") + " changed: this export is the working draft";
    }

    Table treatmentPlan() {
        Map<Long, Risk> byId = risks.all().stream().collect(Collectors.toMap(Risk::getId, Function.identity()));
        return Table.of("Risk treatment plan (ISO/IEC 27001:2022 6.1.3 e, 8.3)", List.of("Risk", "Risk title", "Action", "Control", "Owner",
                "Resources", "Due", "Status", "Evidence", "Done by", "Done on"), treatmentPlans.all().stream().map(action -> row(byId.get(action.getRisk()), action)).toList());
    }

    private List<String> row(Risk risk, TreatmentAction action) {
        return List.of(risk.getCode(), risk.getTitle(), action.getTitle(), text(action.getControlId()), people.displayName(action.getOwner()),
                text(action.getResources()), action.getDueDate().toString(), labels.of(action.getStatus()), text(action.getEvidence()),
                action.getDoneBy() == null ? "" : people.displayName(action.getDoneBy()),
                action.getDoneAt() == null ? "" : dates.date(action.getDoneAt()));
    }

    static final List<String> RISK_COLUMNS = List.of("Code", "Title", "Asset", "Threat", "Vulnerability", "Affects", "Owner", "Likelihood",
            "Impact", "Level", "Treatment", "Residual likelihood", "Residual impact", "Residual level", "Acceptance", "Status", "Next review");
    static final List<String> NONCONFORMITY_COLUMNS = List.of("Code", "Reference", "Title", "Source", "Source reference", "Severity", "Owner",
            "State", "Raised by", "Raised on", "Closed on");

    Table risks() {
        return Table.of("Risk register (ISO/IEC 27001:2022 6.1.2, 8.2)", RISK_COLUMNS, risks.all().stream().map(this::row).toList());
    }

    /** A risk's row; null-safe, as a risk read back from an old audit-trail snapshot may lack fields added since. */
    List<String> row(Risk risk) {
        return Stream.of(risk.getCode(), risk.getTitle(), risk.getAsset(), risk.getThreat(), risk.getVulnerability(), risk.getAffects(),
                people.displayName(risk.getOwner()), risk.getLikelihood(), risk.getImpact(), labels.of(risk.getLevel()), labels.of(risk.getTreatment()),
                risk.getResidualLikelihood(), risk.getResidualImpact(), labels.of(risk.getResidualLevel()), labels.of(risk.getAcceptance()),
                labels.of(risk.getStatus()), risk.getNextReviewDue()).map(value -> Objects.toString(value, "")).toList();
    }

    Table nonconformities() {
        return Table.of("Nonconformities and corrective action (ISO/IEC 27001:2022 10.2)", NONCONFORMITY_COLUMNS,
                nonconformities.register().stream().map(this::row).toList());
    }

    List<String> row(NonconformitySummary nc) {
        return Arrays.asList(text(nc.code()), nc.reference(), nc.title(), labels.of(nc.source()), text(nc.sourceReference()),
                labels.of(nc.severity()), people.displayName(nc.owner()), labels.of(nc.state()), people.displayName(nc.raisedBy()),
                nc.raisedAt().toString().substring(0, 10), nc.closedAt() == null ? "" : nc.closedAt().toString().substring(0, 10));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
