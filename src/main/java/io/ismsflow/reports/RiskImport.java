package io.ismsflow.reports;

import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.trail.Actor;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The risk register read back from a spreadsheet (the columns its export writes): a row whose code is in the register
 * changes that risk, any other row identifies a new one (the register gives it its code). Level, residual level,
 * acceptance and status are the register's own conclusions and are not read.
 */
@Component
class RiskImport implements RegisterImport.Rows<RiskImport.Planned> {

    private static final RegisterImport.Columns COLUMNS = new RegisterImport.Columns("risks", "Code", List.of("Title", "Asset", "Threat",
            "Vulnerability", "Owner", "Likelihood", "Impact", "Treatment", "Residual likelihood", "Residual impact"));
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("title", "Title"), Map.entry("asset", "Asset"),
            Map.entry("threat", "Threat"), Map.entry("vulnerability", "Vulnerability"), Map.entry("owner", "Owner"),
            Map.entry("likelihood", "Likelihood"), Map.entry("impact", "Impact"), Map.entry("treatment", "Treatment"),
            Map.entry("residualLikelihood", "Residual likelihood"), Map.entry("residualImpact", "Residual impact"),
            Map.entry("nextReviewDue", "Next review"));

    /** A row's plan: the risk it changes (none: a new one) and what it will say. */
    record Planned(Long riskId, RiskDraft draft) {
    }

    private final RiskRegister risks;
    private final ImportValues values;

    RiskImport(RiskRegister risks, ImportValues values) {
        this.risks = risks;
        this.values = values;
    }

    @Override
    public RegisterImport.Columns columns() {
        return COLUMNS;
    }

    @Override
    public RegisterImport.Plan<Planned> plan(SheetReader.Line line) {
        List<String> problems = new ArrayList<>();
        String code = line.get("Code");
        Optional<Risk> existing = code == null ? Optional.empty() : risks.findByCode(code);
        String owner = values.person("Owner", line.get("Owner"), true, problems);
        Integer likelihood = values.score("Likelihood", line.get("Likelihood"), problems);
        Integer impact = values.score("Impact", line.get("Impact"), problems);
        Integer residualLikelihood = values.score("Residual likelihood", line.get("Residual likelihood"), problems);
        Integer residualImpact = values.score("Residual impact", line.get("Residual impact"), problems);
        Treatment treatment = values.label(Treatment.class, line.get("Treatment")).orElse(null);
        if (treatment == null) {
            problems.add("Treatment: \"%s\" is none of %s".formatted(Objects.toString(line.get("Treatment"), ""), values.choices(Treatment.class)));
        }
        String affects = Objects.toString(line.get("Affects"), "").toLowerCase(Locale.ROOT);
        RiskDraft draft = new RiskDraft(line.get("Title"), existing.map(Risk::getDescription).orElse(null), line.get("Asset"), line.get("Threat"),
                line.get("Vulnerability"), affects.contains("confidentiality"), affects.contains("integrity"), affects.contains("availability"),
                owner, likelihood, impact, treatment, existing.map(Risk::getTreatmentPlan).orElse(null), residualLikelihood, residualImpact,
                values.date("Next review", line.get("Next review"), problems), existing.map(Risk::getVersion).orElse(null));
        if (problems.isEmpty()) {
            values.validate(draft, COLUMN_OF_FIELD, problems, existing.isPresent()
                    ? new Class<?>[] {Default.class, RiskDraft.OnUpdate.class} : new Class<?>[] {Default.class});
        }
        existing.filter(risk -> draft.nextReviewDue() != null && draft.nextReviewDue().isAfter(risk.getNextReviewDue()))
                .ifPresent(risk -> problems.add("Next review: a later review date than " + risk.getNextReviewDue()
                        + " needs an ISMS manager's approval with a reason: ask for a deferral on the risk's page"));
        List<String> changes = existing.map(risk -> changes(risk, draft)).orElse(List.of("New risk: " + draft.title()));
        return RegisterImport.Plan.of(line, code, existing.isEmpty(), changes, problems, new Planned(existing.map(Risk::getId).orElse(null), draft));
    }

    @Override
    public String apply(Planned planned, Actor actor) {
        return planned.riskId() == null ? risks.identify(planned.draft(), actor).getCode()
                : risks.edit(planned.riskId(), planned.draft(), actor).getCode();
    }

    private List<String> changes(Risk risk, RiskDraft draft) {
        return values.changes().field("Title", risk.getTitle(), draft.title()).field("Asset", risk.getAsset(), draft.asset())
                .field("Threat", risk.getThreat(), draft.threat()).field("Vulnerability", risk.getVulnerability(), draft.vulnerability())
                .field("Affects", risk.getAffects(), affects(draft)).field("Owner", values.name(risk.getOwner()), values.name(draft.owner()))
                .field("Likelihood", risk.getLikelihood(), draft.likelihood()).field("Impact", risk.getImpact(), draft.impact())
                .field("Treatment", risk.getTreatment(), draft.treatment())
                .field("Residual likelihood", risk.getResidualLikelihood(), draft.residualLikelihood())
                .field("Residual impact", risk.getResidualImpact(), draft.residualImpact())
                .field("Next review", risk.getNextReviewDue(), draft.nextReviewDue() == null ? risk.getNextReviewDue() : draft.nextReviewDue())
                .list();
    }

    private static String affects(RiskDraft draft) {
        return String.join(", ", Stream.of(draft.confidentiality() ? "confidentiality" : null, draft.integrity() ? "integrity" : null,
                draft.availability() ? "availability" : null).filter(Objects::nonNull).toList());
    }
}
