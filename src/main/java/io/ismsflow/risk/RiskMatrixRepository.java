package io.ismsflow.risk;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface RiskMatrixRepository extends ListCrudRepository<RiskMatrix, Integer> {

    Optional<RiskMatrix> findFirstByOrderByIdDesc();

    default RiskMatrix current() {
        return findFirstByOrderByIdDesc().orElseThrow(() -> new IllegalStateException("No risk matrix is defined"));
    }
}
