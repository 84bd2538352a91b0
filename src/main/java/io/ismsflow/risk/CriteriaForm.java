package io.ismsflow.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The risk criteria screen as the browser posts it: flat lists that bind by index (scale names and descriptions, the
 * 25 cells row by row from likelihood 1, the rule of each level); checked as a {@link CriteriaDraft}.
 */
public class CriteriaForm {

    private String description;
    private RiskLevel appetite;
    private List<String> likelihoodNames = new ArrayList<>();
    private List<String> likelihoodDescriptions = new ArrayList<>();
    private List<String> impactNames = new ArrayList<>();
    private List<String> impactDescriptions = new ArrayList<>();
    private List<RiskLevel> cells = new ArrayList<>();
    private List<AcceptanceAuthority> authorities = new ArrayList<>();
    private List<String> intervals = new ArrayList<>();

    static CriteriaForm of(CriteriaDraft draft) {
        CriteriaForm form = new CriteriaForm();
        form.description = draft.description();
        form.appetite = draft.appetite();
        draft.likelihood().forEach(d -> {
            form.likelihoodNames.add(d.name());
            form.likelihoodDescriptions.add(d.description());
        });
        draft.impact().forEach(d -> {
            form.impactNames.add(d.name());
            form.impactDescriptions.add(d.description());
        });
        draft.levels().forEach(form.cells::addAll);
        draft.rules().forEach(rule -> {
            form.authorities.add(rule.acceptanceAuthority());
            form.intervals.add(rule.reviewInterval());
        });
        return form;
    }

    CriteriaDraft draft() {
        return new CriteriaDraft(blankToNull(description), appetite, descriptors(likelihoodNames, likelihoodDescriptions),
                descriptors(impactNames, impactDescriptions),
                cells.size() != 25 ? List.of() : IntStream.range(0, 5).mapToObj(l -> cells.subList(l * 5, l * 5 + 5)).toList(),
                IntStream.range(0, Math.min(4, Math.min(authorities.size(), intervals.size())))
                        .mapToObj(k -> new CriteriaDraft.Rule(RiskLevel.values()[k], authorities.get(k), blankToNull(intervals.get(k)))).toList());
    }

    private static List<CriteriaDraft.Descriptor> descriptors(List<String> names, List<String> descriptions) {
        return IntStream.range(0, Math.min(names.size(), descriptions.size()))
                .mapToObj(k -> new CriteriaDraft.Descriptor(blankToNull(names.get(k)), blankToNull(descriptions.get(k)))).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public RiskLevel getAppetite() { return appetite; }
    public void setAppetite(RiskLevel appetite) { this.appetite = appetite; }
    public List<String> getLikelihoodNames() { return likelihoodNames; }
    public void setLikelihoodNames(List<String> likelihoodNames) { this.likelihoodNames = likelihoodNames; }
    public List<String> getLikelihoodDescriptions() { return likelihoodDescriptions; }
    public void setLikelihoodDescriptions(List<String> likelihoodDescriptions) { this.likelihoodDescriptions = likelihoodDescriptions; }
    public List<String> getImpactNames() { return impactNames; }
    public void setImpactNames(List<String> impactNames) { this.impactNames = impactNames; }
    public List<String> getImpactDescriptions() { return impactDescriptions; }
    public void setImpactDescriptions(List<String> impactDescriptions) { this.impactDescriptions = impactDescriptions; }
    public List<RiskLevel> getCells() { return cells; }
    public void setCells(List<RiskLevel> cells) { this.cells = cells; }
    public List<AcceptanceAuthority> getAuthorities() { return authorities; }
    public void setAuthorities(List<AcceptanceAuthority> authorities) { this.authorities = authorities; }
    public List<String> getIntervals() { return intervals; }
    public void setIntervals(List<String> intervals) { this.intervals = intervals; }
}
