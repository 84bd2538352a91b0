package io.ismsflow.risk;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface RiskAcceptanceRepository extends ListCrudRepository<RiskAcceptance, Long> {

    List<RiskAcceptance> findByRiskOrderByIdDesc(long risk);

    List<RiskAcceptance> findByRiskAndStateNot(long risk, RiskAcceptance.State state);
}
