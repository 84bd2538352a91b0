package io.ismsflow.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AuditAreaRepository extends ListCrudRepository<AuditArea, Long> {

    List<AuditArea> findAllByOrderByName();

    Optional<AuditArea> findByName(String name);
}
