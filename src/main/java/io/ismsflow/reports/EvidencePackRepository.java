package io.ismsflow.reports;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface EvidencePackRepository extends ListCrudRepository<EvidencePack, Long> {

    List<EvidencePack> findTop50ByOrderByIdDesc();

    List<EvidencePack> findByStatus(EvidencePack.Status status);
}
