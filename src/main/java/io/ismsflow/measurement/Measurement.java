package io.ismsflow.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A result of a metric for a period (a day for automatic samples), with its evaluation against the thresholds and,
 * for a result off target, what the person who evaluated it decided and what it led to (9.1 e): the reference of the
 * nonconformity raised or the code of the improvement logged.
 */
@Table("measurement")
public record Measurement(@Id Long id, long metric, String period, BigDecimal value, Evaluation evaluation, String measuredBy,
                          Instant measuredAt, String comment, String evaluatedBy, Instant evaluatedAt, String evaluationNote,
                          String followUp) {

    static Measurement taken(long metric, String period, BigDecimal value, Evaluation evaluation, String by, Instant at, String comment) {
        return new Measurement(null, metric, period, value, evaluation, by, at, comment, null, null, null, null);
    }

    Measurement withValue(Measurement newer) {
        return new Measurement(id, metric, period, newer.value, newer.evaluation, newer.measuredBy, newer.measuredAt, newer.comment,
                evaluatedBy, evaluatedAt, evaluationNote, followUp);
    }

    Measurement evaluated(String by, Instant at, String note, String ledTo) {
        return new Measurement(id, metric, period, value, evaluation, measuredBy, measuredAt, comment, by, at, note, ledTo);
    }
}
