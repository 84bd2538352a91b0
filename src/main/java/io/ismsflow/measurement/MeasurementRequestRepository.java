package io.ismsflow.measurement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MeasurementRequestRepository extends ListCrudRepository<MeasurementRequest, Long> {

    Optional<MeasurementRequest> findByMetricAndPeriod(long metric, String period);

    List<MeasurementRequest> findByStatusOrderByDueAt(MeasurementRequest.Status status);
}
