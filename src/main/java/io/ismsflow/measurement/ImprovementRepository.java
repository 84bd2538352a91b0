package io.ismsflow.measurement;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ImprovementRepository extends ListCrudRepository<Improvement, Long> {

    List<Improvement> findAllByOrderByIdDesc();
}
