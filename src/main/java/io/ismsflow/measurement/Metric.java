package io.ismsflow.measurement;

import java.math.BigDecimal;
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
        metric.name = draft.name();
        metric.measures = draft.measures();
        metric.method = draft.method();
        metric.unit = draft.unit();
        metric.direction = draft.direction();
        metric.target = draft.target();
        metric.warning = draft.warning();
        metric.frequency = draft.frequency().name();
        metric.measuredBy = draft.measuredBy();
        metric.evaluatedBy = draft.evaluatedBy();
        return metric;
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
