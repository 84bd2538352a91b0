package io.ismsflow.risk;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface TreatmentActionRepository extends ListCrudRepository<TreatmentAction, Long> {

    List<TreatmentAction> findByRiskOrderById(long risk);

    List<TreatmentAction> findAllByOrderByRiskAscIdAsc();

    List<TreatmentAction> findByRiskAndStatusOrderById(long risk, TreatmentAction.Status status);
}
