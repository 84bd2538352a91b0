package io.ismsflow.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AuditProgrammeRepository extends ListCrudRepository<AuditProgramme, Long> {

    Optional<AuditProgramme> findByCycle(int cycle);

    List<AuditProgramme> findAllByOrderByCycleDesc();
}
