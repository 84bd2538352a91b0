package io.ismsflow.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * A metric ISMS Flow computes from its own records (9.1 a–f): its definition and how to compute it for a day. The
 * module that owns the records contributes it through a {@link MetricSource}.
 *
 * @param key a stable id, e.g. {@code controls-implemented}
 * @param measures the ISMS process or Annex A control it measures
 * @param method how it is computed, in words
 * @param value the value on a day, from aggregate SQL; null when there is nothing to measure (no data that day)
 */
public record AutomaticMetric(String key, String name, String measures, String method, String unit, Direction direction,
                              BigDecimal target, BigDecimal warning, Function<LocalDate, BigDecimal> value) {
}
