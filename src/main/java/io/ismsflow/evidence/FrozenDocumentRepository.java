package io.ismsflow.evidence;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface FrozenDocumentRepository extends ListCrudRepository<FrozenDocument, Long> {

    Optional<FrozenDocument> findByKindAndReference(String kind, String reference);
}
