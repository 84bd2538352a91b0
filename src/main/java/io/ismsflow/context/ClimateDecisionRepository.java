package io.ismsflow.context;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ClimateDecisionRepository extends ListCrudRepository<ClimateDecision, Long> {

    Optional<ClimateDecision> findFirstByOrderByDecidedOnDescIdDesc();

    List<ClimateDecision> findAllByOrderByDecidedOnDescIdDesc();
}
