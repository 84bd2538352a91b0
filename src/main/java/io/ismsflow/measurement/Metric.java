package io.ismsflow.measurement;

import io.ismsflow.web.ConflictException;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A metric of the measurement catalogue (9.1 a–f): what, how, when, who measures and who evaluates. */
@Table("metric")
public class Metric {

    public enum Kind {
        /** Computed by ISMS Flow from its own records, sampled daily. */
        AUTOMATIC,
        /** Entered by the person who measures. */
        MANUAL
    }

    @Id
    private Long id;
    @Column("metric_key")
    private String key;
    private String name;
    private String measures;
    private String method;
    private String unit;
    private Direction direction;
    private BigDecimal target;
    private BigDecimal warning;
    private String frequency;
    private Kind kind;
    private String measuredBy;
    private String evaluatedBy;
    @Version
    private Long version;

    @PersistenceCreator
    Metric() {
    }

    static Metric automatic(AutomaticMetric definition) {
        Metric metric = new Metric();
        metric.key = definition.key();
        metric.kind = Kind.AUTOMATIC;
        metric.frequency = "DAILY";
        metric.measuredBy = "ISMS Flow (daily sample)";
        metric.evaluatedBy = "isms-managers";
        metric.define(definition);
        return metric;
    }

    static Metric manual(MetricDraft draft) {
        Metric metric = new Metric();
        metric.kind = Kind.MANUAL;
        metric.revise(draft);
        return metric;
    }

    /** What, how, how often and who, as the ISMS manager now defines it; a manual metric's only. */
    void revise(MetricDraft draft) {
        if (kind != Kind.MANUAL) {
            throw new BuiltInDefinitionException(name);
        }
        name = draft.name();
        measures = draft.measures();
        method = draft.method();
        unit = draft.unit();
        direction = draft.direction();
        target = draft.target();
        warning = draft.warning();
        frequency = draft.frequency().name();
        measuredBy = draft.measuredBy();
        evaluatedBy = draft.evaluatedBy();
    }

    /** The organisation's target, warning and evaluator, for any metric; a new release never resets them. */
    void changeThresholds(MetricThresholds thresholds) {
        target = thresholds.target();
        warning = thresholds.warning();
        evaluatedBy = thresholds.evaluatedBy();
    }

    void assignKey() {
        key = "manual-" + id;
    }

    /** The built-in definition as this release gives it: a new release may sharpen its wording. */
    boolean define(AutomaticMetric definition) {
        boolean changed = !definition.name().equals(name) || !definition.method().equals(method) || !definition.measures().equals(measures)
                || !definition.unit().equals(unit) || definition.direction() != direction;
        name = definition.name();
        measures = definition.measures();
        method = definition.method();
        unit = definition.unit();
        direction = definition.direction();
        if (target == null) {
            target = definition.target();
            warning = definition.warning();
            changed = true;
        }
        return changed;
    }

    /**
     * Why a warning threshold does not fit the direction, or nothing: it lies between the target and the values that
     * are off target, so below the target when higher is better and above it when lower is better.
     */
    static Optional<String> misplacedWarning(Direction direction, BigDecimal target, BigDecimal warning) {
        int comparison = warning.compareTo(target);
        if (direction == Direction.HIGHER_IS_BETTER && comparison > 0) {
            return Optional.of("must not be above the target when higher is better");
        }
        if (direction == Direction.LOWER_IS_BETTER && comparison < 0) {
            return Optional.of("must not be below the target when lower is better");
        }
        return Optional.empty();
    }

    /** A built-in metric's definition is the release's; the organisation sets only its thresholds and evaluator. */
    static class BuiltInDefinitionException extends ConflictException {
        BuiltInDefinitionException(String name) {
            super("\"" + name + "\" is built in: only its target, warning and who evaluates it can be changed");
        }
    }

    public Evaluation evaluate(BigDecimal value) {
        return Evaluation.of(value, direction, target, warning);
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public String getName() { return name; }
    public String getMeasures() { return measures; }
    public String getMethod() { return method; }
    public String getUnit() { return unit; }
    public Direction getDirection() { return direction; }
    public BigDecimal getTarget() { return target; }
    public BigDecimal getWarning() { return warning; }
    public String getFrequency() { return frequency; }
    public Kind getKind() { return kind; }
    public String getMeasuredBy() { return measuredBy; }
    public String getEvaluatedBy() { return evaluatedBy; }
    public Long getVersion() { return version; }
}
