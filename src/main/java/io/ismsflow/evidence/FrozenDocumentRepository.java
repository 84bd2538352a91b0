package io.ismsflow.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface FrozenDocumentRepository extends ListCrudRepository<FrozenDocument, Long> {

    Optional<FrozenDocument> findByKindAndReference(String kind, String reference);

    List<FrozenDocument> findByFrozenAtGreaterThanEqualAndFrozenAtLessThanOrderById(Instant from, Instant to);

    Optional<FrozenDocument> findFirstByKindAndFrozenAtLessThanOrderByFrozenAtDesc(String kind, Instant at);
}
