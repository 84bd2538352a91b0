package io.ismsflow.measurement;

import java.util.List;

/**
 * Automatic metrics a module contributes from its own records. Measurement defines it and depends on no process
 * module; each module implements it for what it owns (the SoA, risks, nonconformities…).
 */
public interface MetricSource {

    List<AutomaticMetric> automaticMetrics();
}
