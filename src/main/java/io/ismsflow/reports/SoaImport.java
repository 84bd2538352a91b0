package io.ismsflow.reports;

import io.ismsflow.soa.Control;
import io.ismsflow.soa.ControlDecision;
import io.ismsflow.soa.ImplementationStatus;
import io.ismsflow.soa.InclusionReason;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.trail.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Statement of Applicability read back from a spreadsheet (the columns its export writes): each row decides the
 * control it names, which must be in the SoA (Annex A, or one of the organisation's own added on the SoA page). Title,
 * theme and the risks a control treats are the SoA's own and are not read.
 */
@Component
class SoaImport implements RegisterImport.Rows<SoaImport.Planned> {

    private static final RegisterImport.Columns COLUMNS = new RegisterImport.Columns("soa", "Control", List.of("Applicable",
            "Reasons for inclusion", "Justification of inclusion", "Implementation", "Justification of exclusion", "Owner"));
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("applicable", "Applicable", "inclusionReasons", "Reasons for inclusion",
            "inclusionJustification", "Justification of inclusion", "exclusionJustification", "Justification of exclusion",
            "implementationStatus", "Implementation", "owner", "Owner", "evidence", "Evidence");

    record Planned(String controlId, ControlDecision decision) {
    }

    private final StatementOfApplicability soa;
    private final ImportValues values;

    SoaImport(StatementOfApplicability soa, ImportValues values) {
        this.soa = soa;
        this.values = values;
    }

    @Override
    public RegisterImport.Columns columns() {
        return COLUMNS;
    }

    @Override
    public RegisterImport.Plan<Planned> plan(SheetReader.Line line) {
        List<String> problems = new ArrayList<>();
        String id = line.get("Control");
        if (id == null) {
            problems.add("Control: every row names its control, e.g. 5.1");
        }
        Optional<Control> control = Optional.ofNullable(id).filter(soa::exists).map(soa::get);
        if (id != null && control.isEmpty()) {
            problems.add("Control: %s is not in the SoA (add the organisation's own controls on the SoA page first)".formatted(id));
        }
        Boolean applicable = applicable(line.get("Applicable"), control, problems);
        ImplementationStatus status = values.label(ImplementationStatus.class, line.get("Implementation")).orElse(null);
        if (status == null) {
            problems.add("Implementation: \"%s\" is none of %s".formatted(Objects.toString(line.get("Implementation"), ""),
                    values.choices(ImplementationStatus.class)));
        }
        ControlDecision decision = new ControlDecision(applicable, reasons(line.get("Reasons for inclusion"), problems),
                line.get("Justification of inclusion"), line.get("Justification of exclusion"), status, values.person("Owner", line.get("Owner"), false, problems),
                evidence(line.get("Evidence")), control.map(Control::getLastVerifiedAt).orElse(null), control.map(Control::getVersion).orElse(null));
        if (problems.isEmpty() && applicable != null) {
            values.validate(decision, COLUMN_OF_FIELD, problems);
            decision.justificationProblems().forEach((field, problem) -> problems.add(COLUMN_OF_FIELD.get(field) + ": " + problem));
        }
        List<String> changes = control.map(current -> changes(current, decision)).orElse(List.of());
        boolean undecidedStays = applicable == null && problems.isEmpty();
        return RegisterImport.Plan.of(line, id, false, undecidedStays ? List.of() : changes, problems, new Planned(id, decision));
    }

    @Override
    public String apply(Planned planned, Actor actor) {
        return soa.decide(planned.controlId(), planned.decision(), actor).getId();
    }

    /** Yes, No, or Not decided for a control not decided yet (a decided control cannot become undecided). */
    private static Boolean applicable(String text, Optional<Control> control, List<String> problems) {
        if (text != null && (text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("no"))) {
            return text.equalsIgnoreCase("yes");
        }
        boolean undecided = text == null || text.equalsIgnoreCase("not decided");
        if (!undecided) {
            problems.add("Applicable: \"%s\" is none of Yes, No, Not decided".formatted(text));
        } else if (control.map(Control::getApplicable).isPresent()) {
            problems.add("Applicable: a decided control cannot become undecided; say Yes or No");
        }
        return null;
    }

    private Set<InclusionReason> reasons(String text, List<String> problems) {
        Set<InclusionReason> reasons = EnumSet.noneOf(InclusionReason.class);
        if (text != null) {
            for (String named : text.split("[,;]")) {
                values.label(InclusionReason.class, named.strip()).ifPresentOrElse(reasons::add, () -> problems.add(
                        "Reasons for inclusion: \"%s\" is none of %s".formatted(named.strip(), values.choices(InclusionReason.class))));
            }
        }
        return reasons;
    }

    private static List<String> evidence(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(";")).map(String::strip).filter(reference -> !reference.isEmpty()).toList();
    }

    private List<String> changes(Control control, ControlDecision decision) {
        return values.changes().field("Applicable", yesNo(control.getApplicable()), yesNo(decision.applicable()))
                .field("Reasons for inclusion", control.getInclusionReasons(), decision.inclusionReasons())
                .field("Justification of inclusion", control.getInclusionJustification(), decision.inclusionJustification())
                .field("Implementation", control.getImplementationStatus(), decision.implementationStatus())
                .field("Justification of exclusion", control.getExclusionJustification(), decision.exclusionJustification())
                .field("Owner", values.name(control.getOwner()), values.name(decision.owner()))
                .field("Evidence", String.join("; ", control.getEvidence()), String.join("; ", decision.evidence())).list();
    }

    private static String yesNo(Boolean applicable) {
        return applicable == null ? "Not decided" : applicable ? "Yes" : "No";
    }
}
