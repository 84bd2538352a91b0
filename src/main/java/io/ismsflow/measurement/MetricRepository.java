package io.ismsflow.measurement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MetricRepository extends ListCrudRepository<Metric, Long> {

    Optional<Metric> findByKey(String key);

    List<Metric> findAllByOrderById();
}
