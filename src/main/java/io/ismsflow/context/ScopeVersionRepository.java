package io.ismsflow.context;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ScopeVersionRepository extends ListCrudRepository<ScopeVersion, Long> {

    List<ScopeVersion> findAllByOrderByNumberDesc();

    Optional<ScopeVersion> findFirstByStatus(ScopeStatus status);

    Optional<ScopeVersion> findFirstByOrderByNumberDesc();
}
