package io.ismsflow.measurement;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ObjectiveRepository extends ListCrudRepository<Objective, Long> {

    List<Objective> findAllByOrderById();
}
