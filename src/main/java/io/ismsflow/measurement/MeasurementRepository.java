package io.ismsflow.measurement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MeasurementRepository extends ListCrudRepository<Measurement, Long> {

    Optional<Measurement> findByMetricAndPeriod(long metric, String period);

    List<Measurement> findByMetricOrderByPeriodDesc(long metric);

    List<Measurement> findTop500ByMeasuredAtGreaterThanEqualAndMeasuredAtLessThanAndIdGreaterThanOrderById(Instant from, Instant to, long after);

    Optional<Measurement> findFirstByMetricOrderByPeriodDesc(long metric);
}
