package io.ismsflow.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A result of a metric for a period (a day for automatic samples), with its evaluation against the thresholds. */
@Table("measurement")
public record Measurement(@Id Long id, long metric, String period, BigDecimal value, Evaluation evaluation, String measuredBy,
                          Instant measuredAt, String comment) {
}
