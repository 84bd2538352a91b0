package io.ismsflow.risk;

import java.time.Instant;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A version of the risk criteria (6.1.2 a): the likelihood and impact scales with what each score means, the 5x5
 * matrix of levels, the appetite, and per level who accepts a residual risk and how often it is reviewed. A version
 * is proposed, approved by top management and never changed after: a change is a new version, and each assessment
 * records the version it was scored with (6.1.2 b).
 */
@Table("risk_matrix")
public record RiskMatrix(@Id Integer id, RiskLevel appetite, String description, Instant createdAt, CriteriaStatus status,
                         Integer openProposal, String proposedBy, String decidedBy, Instant decidedAt, String decisionNote,
                         @MappedCollection(idColumn = "risk_matrix") Set<Cell> cells,
                         @MappedCollection(idColumn = "risk_matrix") Set<ScalePoint> scale,
                         @MappedCollection(idColumn = "risk_matrix") Set<LevelRule> rules) {

    @Table("risk_matrix_cell")
    public record Cell(int likelihood, int impact, RiskLevel level) {
    }

    /** What a score of a scale means, e.g. likelihood 3 "Possible: once in 1 to 5 years". */
    @Table("risk_scale_point")
    public record ScalePoint(Axis axis, int score, String name, String description) {
    }

    public enum Axis {
        LIKELIHOOD, IMPACT
    }

    /** For one level: who accepts a residual risk of it, and how long a risk of it may go unreviewed. */
    @Table("risk_level_rule")
    public record LevelRule(RiskLevel level, AcceptanceAuthority acceptanceAuthority, String reviewInterval) {
    }

    public RiskLevel levelOf(int likelihood, int impact) {
        return cells.stream()
                .filter(cell -> cell.likelihood() == likelihood && cell.impact() == impact)
                .map(Cell::level)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Risk matrix " + id + " has no cell for likelihood " + likelihood + " and impact " + impact));
    }

    public boolean withinAppetite(RiskLevel level) {
        return !level.isAbove(appetite);
    }

    public List<ScalePoint> scaleOf(Axis axis) {
        return scale.stream().filter(point -> point.axis() == axis).sorted(Comparator.comparingInt(ScalePoint::score)).toList();
    }

    public ScalePoint point(Axis axis, int score) {
        return scaleOf(axis).stream().filter(point -> point.score() == score).findFirst().orElseThrow();
    }

    public LevelRule ruleFor(RiskLevel level) {
        return rules.stream().filter(rule -> rule.level() == level).findFirst()
                .orElseThrow(() -> new IllegalStateException("Risk criteria " + id + " name no rule for " + level));
    }

    public List<LevelRule> rulesInOrder() {
        return rules.stream().sorted(Comparator.comparing(LevelRule::level)).toList();
    }

    public Period reviewInterval(RiskLevel level) {
        return Period.parse(ruleFor(level).reviewInterval());
    }

    RiskMatrix decided(CriteriaStatus decision, String by, Instant at, String note) {
        return new RiskMatrix(id, appetite, description, createdAt, decision, null, proposedBy, by, at, note, cells, scale, rules);
    }

    RiskMatrix superseded() {
        return new RiskMatrix(id, appetite, description, createdAt, CriteriaStatus.SUPERSEDED, null, proposedBy, decidedBy, decidedAt,
                decisionNote, cells, scale, rules);
    }
}
