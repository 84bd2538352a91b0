package io.ismsflow.corrective;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface CorrectiveActionRepository extends ListCrudRepository<CorrectiveAction, Long> {

    List<CorrectiveAction> findByNonconformityIdOrderByRoundAscPlanVersionAscPositionAsc(long nonconformityId);

    List<CorrectiveAction> findByNonconformityIdAndRoundAndPlanVersionOrderByPosition(long nonconformityId, int round, int planVersion);
}
