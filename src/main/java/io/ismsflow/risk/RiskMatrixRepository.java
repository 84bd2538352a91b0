package io.ismsflow.risk;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface RiskMatrixRepository extends ListCrudRepository<RiskMatrix, Integer> {

    Optional<RiskMatrix> findFirstByStatusOrderByIdDesc(CriteriaStatus status);

    Optional<RiskMatrix> findFirstByOrderByIdDesc();

    List<RiskMatrix> findAllByOrderByIdDesc();

    /** The approved criteria in force. */
    default RiskMatrix current() {
        return findFirstByStatusOrderByIdDesc(CriteriaStatus.APPROVED).orElseThrow(() -> new IllegalStateException("No risk criteria are approved"));
    }
}
