package io.ismsflow.evidence;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface EvidenceFileRepository extends ListCrudRepository<EvidenceFile, Long> {

    List<EvidenceFile> findByOwnerTypeAndOwnerIdOrderById(String ownerType, String ownerId);
}
