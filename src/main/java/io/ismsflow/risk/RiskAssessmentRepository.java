package io.ismsflow.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface RiskAssessmentRepository extends ListCrudRepository<RiskAssessment, Long> {

    Optional<RiskAssessment> findByJobKey(long jobKey);

    List<RiskAssessment> findByRiskIdOrderById(long riskId);

    List<RiskAssessment> findTop500ByAssessedAtGreaterThanEqualAndAssessedAtLessThanAndIdGreaterThanOrderById(Instant from, Instant to, long after);
}
